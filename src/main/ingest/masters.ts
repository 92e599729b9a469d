import { randomBytes } from 'node:crypto'
import { constants } from 'node:fs'
import { copyFile, link, mkdir, rename, rm, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { safeName } from '../files/safe-name'
import { archiveDir } from '../archive/storage'

/** A folder name any file system accepts, from an event name ("Rueda de prensa 12/03/2026"). */
export function folderName(name: string): string {
  const clean = name
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 80)
  return clean || 'sin-evento'
}

/** "foto.jpg", "foto (2).jpg", "foto (3).jpg"… */
function candidate(name: string, n: number): string {
  if (n === 1) return name
  const ext = extname(name)
  return `${name.slice(0, name.length - ext.length)} (${n})${ext}`
}

/**
 * Copies a master into `archivo/<aaaa>/<mm>/<evento>/` under a free name: through a temporary
 * file, checking the size, then renamed, so the archive never holds a half-copied master.
 * Returns the path relative to the archive folder.
 */
export async function copyMaster(dataDir: string, source: string, originalName: string, folder: string[], expectedSize: number): Promise<string> {
  const dir = join(archiveDir(dataDir), ...folder)
  await mkdir(dir, { recursive: true })
  // Two workers may copy files of the same name at once: each copy has a temporary name of its own.
  const temp = join(dir, `.${randomBytes(8).toString('hex')}.pauta-tmp`)
  try {
    await copyFile(source, temp, constants.COPYFILE_FICLONE)
    const copied = await stat(temp)
    if (copied.size !== expectedSize) {
      throw Object.assign(new Error('La copia no tiene el tamaño del original.'), { code: 'ESIZE' })
    }
    // The catalogue keeps the original name; the file gets one every file system accepts.
    const safe = safeName(originalName)
    for (let n = 1; ; n++) {
      const name = candidate(safe, n)
      try {
        // link() refuses an existing name where rename() would replace it: collisions stay visible.
        await linkExclusive(temp, join(dir, name))
        return [...folder, name].join('/')
      } catch (error) {
        if ((error as { code?: string }).code !== 'EEXIST') throw error
      }
    }
  } finally {
    await rm(temp, { force: true })
  }
}

async function linkExclusive(temp: string, target: string): Promise<void> {
  try {
    await link(temp, target)
    await rm(temp, { force: true })
  } catch (error) {
    const code = (error as { code?: string }).code
    // File systems without hard links (FAT, some network shares): check, then rename.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EXDEV' || code === 'ENOSYS') {
      const exists = await stat(target).then(
        () => true,
        () => false
      )
      if (exists) throw Object.assign(new Error('exists'), { code: 'EEXIST' })
      await rename(temp, target)
      return
    }
    throw error
  }
}
