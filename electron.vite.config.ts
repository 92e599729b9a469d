import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  main: {
    build: {
      // The workers are entries of their own: worker_threads load them as files beside the main bundle.
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          'ingest-worker': resolve('src/main/ingest/worker.ts'),
          'archive-export-worker': resolve('src/main/archive-export/worker.ts')
        }
      }
    }
  },
  preload: {
    build: {
      // A sandboxed preload cannot require npm packages: bundle zod and the contract into one file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve('src/renderer'),
    resolve: { alias: { '@renderer': resolve('src/renderer/src') } },
    plugins: [react()],
    build: {
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } }
    }
  }
})
