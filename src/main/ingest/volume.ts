import { execFile } from 'node:child_process'
import { parse, sep } from 'node:path'

function output(file: string, args: string[]): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(file, args, { timeout: 3000, windowsHide: true }, (error, stdout) => resolve(error ? null : stdout.toString()))
  })
}

/**
 * The label of the removable drive holding `path`, so a referenced master can name the drive to
 * connect. Best effort: any failure (or a fixed disk) answers null and never stops an ingest.
 */
export async function volumeLabel(path: string): Promise<string | null> {
  try {
    if (process.platform === 'win32') {
      const root = parse(path).root.replace(/\\$/, '')
      if (!/^[a-z]:$/i.test(root)) return null
      const out = await output('cmd.exe', ['/d', '/c', 'vol', root])
      const label = out?.match(/(?:is|es) ([^\r\n]+)\r?\n/i)?.[1]?.trim()
      return label && !/no (?:tiene|has)/i.test(out ?? '') ? label : null
    }
    if (process.platform === 'darwin') {
      const parts = path.split(sep)
      return parts[1] === 'Volumes' && parts[2] ? parts[2] : null
    }
    const mount = await output('findmnt', ['-no', 'SOURCE,LABEL', '--target', path])
    const [source, ...labelParts] = (mount ?? '').trim().split(/\s+/)
    const label = labelParts.join(' ').trim()
    if (!source || !label || !source.startsWith('/dev/')) return null
    const flags = await output('lsblk', ['-ndo', 'RM,HOTPLUG', source])
    return flags && /1/.test(flags) ? label : null
  } catch {
    return null
  }
}
