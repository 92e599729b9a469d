// Builds the renderer for the browser bridge into the folder given as the only argument.
// Run in its own process (see renderer-build.ts) so NODE_ENV is "production" as in a real build.
import { build } from 'vite'
import { rendererViteConfig } from './renderer-config'

const outDir = process.argv[2]
if (!outDir) {
  console.error('Uso: tsx test/bridge/build-renderer.ts <carpeta-de-salida>')
  process.exit(2)
}
await build({ ...rendererViteConfig('build', outDir), logLevel: 'warn' })
