import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** One measured figure of a benchmark, with the target it is held to. */
export interface BenchResult {
  name: string
  value: number
  unit: string
  target: string
  ok: boolean
}

type BenchModule = { run(): Promise<BenchResult[]> }

const here = dirname(fileURLToPath(import.meta.url))
const only = process.argv.slice(2)

// Every bench/<name>.ts beside this file is a benchmark; `npm run bench -- reports` runs one.
const names = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts')
  .map((f) => f.slice(0, -3))
  .filter((name) => only.length === 0 || only.includes(name))

const rows: (BenchResult & { bench: string })[] = []
for (const name of names) {
  process.stdout.write(`Ejecutando ${name}…\n`)
  const mod = (await import(join(here, `${name}.ts`))) as BenchModule
  for (const result of await mod.run()) rows.push({ bench: name, ...result })
}

const format = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 2 })
console.table(
  rows.map((r) => ({
    prueba: r.bench,
    medida: r.name,
    valor: `${format.format(r.value)} ${r.unit}`,
    meta: r.target,
    cumple: r.ok ? 'sí' : 'NO'
  }))
)
process.exitCode = rows.every((r) => r.ok) ? 0 : 1
