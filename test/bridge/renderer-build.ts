import { spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { REPO_ROOT } from './paths'

const CACHE_DIR = join(REPO_ROOT, 'node_modules', '.cache', 'pauta-bridge-renderer')
// Everything the built renderer depends on: when none of it changed, the last build is reused.
const INPUTS = [
  'src/renderer',
  'src/shared',
  'electron.vite.config.ts',
  'postcss.config.cjs',
  'package-lock.json',
  'test/bridge/vite-plugin.ts',
  'test/bridge/renderer-config.ts',
  'test/bridge/build-renderer.ts',
  'test/bridge/paths.ts'
]
const STALE_MS = 60 * 60_000

/**
 * A production build of the renderer with the bridge script, under node_modules/.cache. Builds
 * land in a temporary folder and are renamed into place, so concurrent test runs never see half
 * a build.
 */
export async function ensureRendererBuild(): Promise<string> {
  const key = await inputsHash()
  const target = join(CACHE_DIR, key)
  if (existsSync(join(target, 'index.html'))) return target
  const scratch = join(CACHE_DIR, `.tmp-${key}-${randomBytes(4).toString('hex')}`)
  try {
    await runBuild(scratch)
    await rename(scratch, target).catch(async (error: unknown) => {
      if (!existsSync(join(target, 'index.html'))) throw error
    })
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
  await pruneOldBuilds(key)
  return target
}

async function inputsHash(): Promise<string> {
  const hash = createHash('sha256')
  for (const input of INPUTS) {
    for (const file of await filesUnder(join(REPO_ROOT, input))) {
      hash.update(relative(REPO_ROOT, file)).update('\0').update(await readFile(file)).update('\0')
    }
  }
  return hash.digest('hex').slice(0, 16)
}

async function filesUnder(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => null)
  if (!info) return []
  if (info.isFile()) return [path]
  const entries = await readdir(path, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort()
}

function runBuild(outDir: string): Promise<void> {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli')
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsx, 'test/bridge/build-renderer.ts', outDir], {
      cwd: REPO_ROOT,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'inherit', 'pipe']
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code === 0) resolve()
      else reject(new Error(`La compilación del renderer falló (código ${code}):\n${stderr}`))
    })
  })
}

async function pruneOldBuilds(keep: string): Promise<void> {
  const entries = await readdir(CACHE_DIR).catch(() => [])
  for (const entry of entries) {
    if (entry === keep) continue
    const path = join(CACHE_DIR, entry)
    const info = await stat(path).catch(() => null)
    if (info && Date.now() - info.mtimeMs > STALE_MS) await rm(path, { recursive: true, force: true })
  }
}
