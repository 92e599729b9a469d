import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { describe } from 'vitest'

const ON_PATH = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']

const executable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** PAUTA_CHROMIUM, else /usr/bin/chromium, else a Chromium or Chrome on PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const chosen = env.PAUTA_CHROMIUM?.trim()
  // A path given explicitly is the only one tried: falling back would test another browser silently.
  if (chosen) return executable(chosen) ? chosen : null
  if (executable('/usr/bin/chromium')) return '/usr/bin/chromium'
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of ON_PATH) if (executable(join(dir, name))) return join(dir, name)
  }
  return null
}

export const CHROMIUM = findChromium()

const MISSING =
  'No se encontró Chromium. Instálelo (Debian/Ubuntu: apt-get install chromium) o indique su ruta en PAUTA_CHROMIUM.'

const ON_CI = !['', '0', 'false'].includes(process.env.CI?.trim().toLowerCase() ?? '')

// On CI a missing browser is a failure, never a silent skip: the browser tests must run there.
if (!CHROMIUM && ON_CI) throw new Error(`${MISSING} (CI está definido: las pruebas de navegador son obligatorias)`)
if (!CHROMIUM) console.warn(`Pruebas de navegador omitidas. ${MISSING}`)

/** `describe` for browser tests: skipped, with the reason printed, when there is no Chromium. */
export const describeInBrowser = describe.skipIf(CHROMIUM === null)

export function launchChromium(): Promise<Browser> {
  if (!CHROMIUM) throw new Error(MISSING)
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run'
    ]
  })
}
