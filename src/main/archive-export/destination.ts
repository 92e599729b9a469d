import { constants } from 'node:fs'
import { access, lstat, stat } from 'node:fs/promises'
import { isAbsolute, join, resolve } from 'node:path'
import type { z } from 'zod'
import type { ExportDestination } from '../../shared/contract/archive-export'
import type { AuthedCtx } from '../core/context'
import { validation } from '../core/errors'
import { activeDestination } from '../delivery/destinations'
import { safeName } from '../files/safe-name'

type Destination = z.output<typeof ExportDestination>

/** The folder the bag goes into: it must exist and Pauta must be able to write in it. */
export async function destinationFolder(ctx: AuthedCtx, destination: Destination): Promise<string> {
  const field = 'folder' in destination ? 'destination.folder' : 'destination.destinationId'
  const raw = 'folder' in destination ? destination.folder : (await activeDestination(ctx.db, destination.destinationId)).path
  if (!isAbsolute(raw)) throw validation('Elija la carpeta de destino con el botón «Elegir carpeta».', { [field]: 'Ruta no válida' })
  const folder = resolve(raw)
  const info = await stat(folder).catch(() => null)
  if (!info?.isDirectory()) {
    throw validation(`No se encontró la carpeta de destino ${folder}. Revise que la unidad o la carpeta compartida estén conectadas.`, { [field]: 'No existe' })
  }
  try {
    await access(folder, constants.W_OK)
  } catch {
    throw validation('Pauta no tiene permiso para escribir en la carpeta de destino. Elija otra o revise sus permisos.', { [field]: 'Sin permiso de escritura' })
  }
  return folder
}

const taken = (path: string) =>
  lstat(path).then(
    () => true,
    () => false
  )

const MAX_SUFFIX = 999

/** The bag's folder and its partial sibling, neither of them already there: "Paquete", "Paquete (2)"… */
export async function bagFolders(folder: string, name: string): Promise<{ bagDir: string; partialDir: string }> {
  const base = safeName(name, 'Exportación')
  for (let n = 1; n <= MAX_SUFFIX; n++) {
    const bagDir = join(folder, n === 1 ? base : `${base} (${n})`)
    const partialDir = `${bagDir}.partial`
    if (!(await taken(bagDir)) && !(await taken(partialDir))) return { bagDir, partialDir }
  }
  throw validation(`Ya hay demasiados paquetes llamados «${base}» en el destino. Elija otro nombre.`, { name: 'Nombre en uso' })
}
