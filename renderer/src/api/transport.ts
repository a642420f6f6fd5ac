// How the page reaches the core: Electron's preload (window.api) in the desktop app, HTTP + server-sent events
// when served by the browser host. Both speak the same contract and answer the same Result shape.
import type { TrackerSyncBridge } from '../../../shared/api/bridge'

export type Transport = TrackerSyncBridge & { kind: 'electron' | 'browser' }
