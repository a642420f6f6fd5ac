// Files through the API contract: an upload is sent in base64 chunks; a file main prepared is saved with the
// desktop's save dialog, or read back in chunks and handed to the browser as a download.
import { FILE_CHUNK_BYTES, UPLOAD_MAX_BYTES, type FileRef } from '../../../shared/api/files'
import type { ApiClient } from './client'
import type { Transport } from './transport'

function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

export function base64ToBytes(data: string): Uint8Array<ArrayBuffer> {
  const binary = atob(data)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

class UploadTooLarge extends Error {}

/** Sends a file chosen or dropped by the user; `onProgress` gets 0…1. */
export async function uploadFile(client: ApiClient, file: File, onProgress: (fraction: number) => void = () => undefined): Promise<FileRef> {
  if (file.size === 0) throw new UploadTooLarge(`${file.name} is empty.`)
  if (file.size > UPLOAD_MAX_BYTES) throw new UploadTooLarge(`${file.name} is larger than ${UPLOAD_MAX_BYTES / 1024 / 1024} MB; split it into smaller files.`)
  const { uploadId, chunkBytes } = await client.call('files.uploadStart', { fileName: file.name, bytes: file.size })
  for (let offset = 0; offset < file.size; offset += chunkBytes) {
    const chunk = new Uint8Array(await file.slice(offset, offset + chunkBytes).arrayBuffer())
    await client.call('files.uploadChunk', { uploadId, offset, data: bytesToBase64(chunk) })
    onProgress(Math.min(1, (offset + chunk.length) / file.size))
  }
  return client.call('files.uploadFinish', { uploadId })
}

/** Hands bytes to the browser as a download (an <a download> on a blob: address). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}

/**
 * Desktop: the save dialog (returns where it was saved, or null if cancelled). Browser: a download (returns the file
 * name). The temporary file is removed afterwards either way.
 */
export async function saveFile(client: ApiClient, transport: Transport, file: FileRef, type = 'text/csv'): Promise<string | null> {
  try {
    // The system's save dialog has asked the user before replacing a file, so the call may replace it.
    if (transport.kind === 'electron') return (await client.call('files.saveAs', { fileId: file.fileId, overwrite: true })).path
    const parts: Uint8Array<ArrayBuffer>[] = []
    for (let offset = 0; ;) {
      const chunk = await client.call('files.read', { fileId: file.fileId, offset, length: FILE_CHUNK_BYTES })
      const bytes = base64ToBytes(chunk.data)
      parts.push(bytes)
      offset += bytes.length
      if (chunk.eof || bytes.length === 0) break
    }
    downloadBlob(new Blob(parts, { type }), file.fileName)
    return file.fileName
  } finally {
    void client.call('files.discard', { fileId: file.fileId }).catch(() => undefined)
  }
}
