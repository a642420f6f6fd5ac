import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

// No "type": "module" in package.json: main and preload are emitted as CJS, which `sandbox: true` needs.
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main.ts'),
          // Resumes render in a worker thread (electron/resume/renderer.ts looks for this file next to index.js).
          'resume-worker': resolve(__dirname, 'electron/resume/worker.ts')
        }
      }
    }
  },
  preload: {
    build: { rollupOptions: { input: { index: resolve(__dirname, 'electron/preload.ts') } } }
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    build: { rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } } },
    plugins: [react()]
  }
})
