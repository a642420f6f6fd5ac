// The only bridge between the page and main. Exposes exactly the typed API, nothing of Node or Electron.
import { contextBridge, ipcRenderer } from 'electron'

const api = {
  status: () => ipcRenderer.invoke('status')
}

export type PreloadApi = typeof api

contextBridge.exposeInMainWorld('api', api)
