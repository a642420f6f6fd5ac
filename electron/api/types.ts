import type { CallName, CallOutput, ParsedInput } from '../../shared/api'
import type { FileRef } from '../../shared/api/files'
import type { Core } from '../core'

/**
 * What the desktop app and the browser host add around the core, as the handlers see it: temporary files for uploads
 * and downloads, the demo TrackerRMS, the queue running in the background, and (desktop only) the save dialog.
 * electron/host builds it (createHost); the handlers only know this interface, so nothing here reaches up into host.
 */
export interface HostServices {
  files: {
    startUpload(fileName: string, bytes: number): { uploadId: string; chunkBytes: number }
    appendChunk(uploadId: string, offset: number, data: Buffer): { received: number }
    finishUpload(uploadId: string): FileRef
    /** A new temporary file to write; done() makes it readable as a FileRef. */
    prepare(fileName: string): { path: string; done(): FileRef }
    read(fileId: string, offset: number, length: number): { data: string; eof: boolean }
    ref(fileId: string): FileRef
    path(fileId: string): string
    discard(fileId: string): boolean
  }
  demo: {
    start(): Promise<void>
    status(): { running: boolean; connected: boolean }
  }
  queue: {
    status(): { running: boolean; problem: string | null }
  }
  /** Desktop: asks where to save a file (the system dialog, which confirms replacing); null when cancelled. */
  askSavePath: ((suggestedName: string) => Promise<string | null>) | null
}

/**
 * One call's handler: the parsed input in, the contract's output type out (or a thrown AppError). The third argument
 * is what the desktop app and the browser host add around the core.
 */
export type Handler<N extends CallName> = (core: Core, input: ParsedInput<N>, app: HostServices) => CallOutput<N> | Promise<CallOutput<N>>

/** Exactly one handler per call of the contract: a call without a handler (or a stray handler) does not compile. */
export type Handlers = { [N in CallName]: Handler<N> }
