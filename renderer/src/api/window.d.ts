import type { TrackerSyncBridge } from '../../../shared/api/bridge'

declare global {
  interface Window {
    /** Set by Electron's preload; absent in a plain browser (the browser host's HTTP transport is used then). */
    api?: TrackerSyncBridge
  }
}

export {}
