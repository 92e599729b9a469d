import { isAbsolute, join, resolve } from 'node:path'

export const DATA_DIR_ENV = 'PAUTA_DATA_DIR'
export const DATA_DIR_FLAG = '--data-dir'

/**
 * Where Pauta keeps its database and files: `--data-dir=<folder>` wins, then PAUTA_DATA_DIR,
 * then the user's application data folder that Electron reports.
 */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, userDataDir: string): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg.startsWith(`${DATA_DIR_FLAG}=`)) return absolute(arg.slice(DATA_DIR_FLAG.length + 1))
    if (arg === DATA_DIR_FLAG && argv[i + 1]) return absolute(argv[i + 1]!)
  }
  const fromEnv = env[DATA_DIR_ENV]?.trim()
  if (fromEnv) return absolute(fromEnv)
  return join(userDataDir, 'datos')
}

const absolute = (p: string) => (isAbsolute(p) ? p : resolve(p))
