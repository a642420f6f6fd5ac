// The only bridge between the page and main: window.api is exactly TrackerSyncBridge (a typed `call` for every
// call of shared/api's contract, and an event subscription), nothing of Node or Electron.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { API_CHANNEL, EVENT_CHANNEL, type TrackerSyncBridge } from '../shared/api/bridge'
import type { ApiEventMessage } from '../shared/api/events'

const api = {
  call: (name, input) => ipcRenderer.invoke(API_CHANNEL, name, input),
  onEvent: (listener) => {
    const forward = (_event: IpcRendererEvent, message: ApiEventMessage) => listener(message)
    ipcRenderer.on(EVENT_CHANNEL, forward)
    return () => void ipcRenderer.off(EVENT_CHANNEL, forward)
  }
} satisfies TrackerSyncBridge

contextBridge.exposeInMainWorld('api', api)
