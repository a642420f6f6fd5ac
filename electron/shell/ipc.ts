// The one IPC channel of the API. A message counts only if it comes from the main frame of one of our windows
// showing our own page; anything else (an iframe, a page that navigated elsewhere, another webContents) is
// dropped without running anything.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { API_CHANNEL } from '../../shared/api/bridge'
import type { Dispatch } from '../api/dispatch'
import { isAppUrl } from './security'

export interface SenderCheck {
  appEntry: string
  /** The webContents of our own windows. */
  ownContents(): WebContents[]
}

function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, check: SenderCheck): boolean {
  const frame = event.senderFrame
  if (!frame || frame.parent !== null) return false
  if (!check.ownContents().includes(event.sender)) return false
  return isAppUrl(frame.url, check.appEntry)
}

/** The answer an untrusted sender gets: no detail, nothing run. */
const DROPPED = { ok: false, error: { code: 'conflict', message: 'This message did not come from the Tracker Sync window; it was ignored.' } } as const

export function registerApiIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, dispatch: Dispatch, check: SenderCheck): () => void {
  ipcMain.handle(API_CHANNEL, (event, name: unknown, input: unknown) => {
    if (!isTrustedSender(event, check)) return DROPPED
    return dispatch(name, input)
  })
  return () => ipcMain.removeHandler(API_CHANNEL)
}
