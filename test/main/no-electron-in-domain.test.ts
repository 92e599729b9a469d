import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { describe, expect, it } from 'vitest'

const MAIN = resolve('src/main')

/** The thin shell: the only files in src/main allowed to touch Electron. */
const SHELL_FILES = [
  'index.ts',
  'shell/host.ts',
  'shell/ipc.ts',
  'shell/menu.ts',
  'shell/protocol.ts',
  'shell/window.ts'
]

// Static and dynamic imports, re-exports and require, of "electron" or any "electron/..." entry.
const IMPORTS_ELECTRON = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]electron(?:\/[^'"]*)?['"]/

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|js|mjs|cjs)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
}

describe('Electron stays in the shell', () => {
  it('recognises every way of importing electron', () => {
    for (const line of [
      "import { app } from 'electron'",
      'import type { BrowserWindow } from "electron"',
      "export { dialog } from 'electron/main'",
      "import 'electron'",
      "const { shell } = await import('electron')",
      "const e = require('electron')"
    ]) {
      expect(IMPORTS_ELECTRON.test(line), line).toBe(true)
    }
    expect(IMPORTS_ELECTRON.test("import { build } from 'electron-builder'")).toBe(false)
    expect(IMPORTS_ELECTRON.test('// the electron shell imports nothing here')).toBe(false)
  })

  it('no domain file in src/main imports electron', () => {
    const importing = sourceFiles(MAIN)
      .filter((file) => IMPORTS_ELECTRON.test(readFileSync(file, 'utf8')))
      .map((file) => relative(MAIN, file).split(sep).join('/'))
      .sort()
    expect(importing.filter((file) => !SHELL_FILES.includes(file))).toEqual([])
    // The shell itself must be what imports it, or this test guards nothing.
    expect(importing).toContain('index.ts')
    expect(importing).toContain('shell/ipc.ts')
  })
})
