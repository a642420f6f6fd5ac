// Uploads and downloads over the contract (shared/api/files.ts); the files live in the app's temporary folder.
import { conflict } from '../../../shared/errors'
import { copyToOutput } from '../../lib/safe-output'
import type { Handler } from '../types'

export const filesUploadStart: Handler<'files.uploadStart'> = (_core, { fileName, bytes }, app) => app.files.startUpload(fileName, bytes)

export const filesUploadChunk: Handler<'files.uploadChunk'> = (_core, { uploadId, offset, data }, app) =>
  app.files.appendChunk(uploadId, offset, Buffer.from(data, 'base64'))

export const filesUploadFinish: Handler<'files.uploadFinish'> = (_core, { uploadId }, app) => app.files.finishUpload(uploadId)

export const filesRead: Handler<'files.read'> = (_core, { fileId, offset, length }, app) => app.files.read(fileId, offset, length)

export const filesSaveAs: Handler<'files.saveAs'> = async (_core, { fileId, overwrite }, app) => {
  if (!app.askSavePath) throw conflict('Saving with a dialog is for the desktop app; the browser downloads the file instead.')
  const { fileName } = app.files.ref(fileId)
  const path = await app.askSavePath(fileName)
  if (path === null) return { saved: false, path: null }
  // Written like every file for the user (lib/safe-output.ts): complete or not at all, 0600, never through a link.
  await copyToOutput(app.files.path(fileId), path, { overwrite })
  return { saved: true, path }
}

export const filesDiscard: Handler<'files.discard'> = (_core, { fileId }, app) => ({ discarded: app.files.discard(fileId) })
