// `npm run dev:browser`: Pauta's renderer in a normal browser, with hot reload, against the real
// main-process services on a demo data folder. Options (see docs/development.md):
//   --fresh              wipe the data folder first (back to the first-run screen)
//   --data-dir=<folder>  data folder (default .demo-data/ in the repository)
//   --port=<n>           port on 127.0.0.1 (default 5190, or PAUTA_BRIDGE_PORT)
//   --pick=<file>        what every "choose files" dialog returns (repeatable; or PAUTA_PICK_FILES,
//                        paths separated by the system path delimiter)
import { rm } from 'node:fs/promises'
import { delimiter, resolve } from 'node:path'
import { createServer as createViteServer, type ViteDevServer } from 'vite'
import { REPO_ROOT } from './paths'
import { startBridge } from './server'

const DEFAULT_PORT = 5190

function option(name: string): string[] {
  const prefix = `--${name}=`
  return process.argv.filter((a) => a.startsWith(prefix)).map((a) => a.slice(prefix.length))
}

// electron.vite.config.ts resolves the renderer's paths against the current directory.
process.chdir(REPO_ROOT)
const { rendererViteConfig } = await import('./renderer-config')

const dataDir = resolve(option('data-dir')[0] ?? '.demo-data')
const port = Number(option('port')[0] ?? process.env.PAUTA_BRIDGE_PORT ?? DEFAULT_PORT)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Puerto no válido: ${port}`)
  process.exit(2)
}
const picks = [...option('pick'), ...(process.env.PAUTA_PICK_FILES?.split(delimiter) ?? [])].filter(Boolean).map((p) => resolve(p))

if (process.argv.includes('--fresh')) await rm(dataDir, { recursive: true, force: true })

let vite: ViteDevServer | null = null
const bridge = await startBridge({
  dataDir,
  port,
  standingPicks: picks,
  background: true,
  async renderer(server) {
    vite = await createViteServer({
      ...rendererViteConfig('dev'),
      appType: 'spa',
      server: { middlewareMode: true, ws: { server } }
    })
    return vite.middlewares
  }
})

console.log(`\nPauta en el navegador: ${bridge.url}`)
console.log(`Carpeta de datos: ${dataDir}`)
if (picks.length > 0) console.log(`El selector de archivos devuelve: ${picks.join(', ')}`)
console.log('Ctrl+C para salir.\n')

async function shutdown(): Promise<void> {
  await vite?.close()
  await bridge.close()
  process.exit(0)
}
process.once('SIGINT', () => void shutdown())
process.once('SIGTERM', () => void shutdown())
