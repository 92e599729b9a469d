import { open, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import PDFDocument from 'pdfkit'
import { AppError } from '../../core/errors'
import { formatBytes } from '../../files'
import { imageKind } from '../pdf/image'

export const MAX_LOGO_BYTES = 2 * 1024 * 1024

export const LOGO_FILTERS = [{ name: 'Imágenes PNG o JPEG', extensions: ['png', 'jpg', 'jpeg'] }]

const notAnImage = (name: string) => new AppError('FILE_ERROR', `«${name}» no es una imagen PNG o JPEG válida.`)

/**
 * Refuses, before anything is copied, a file that is too big, is not a PNG or JPEG by its content,
 * or that the PDF library cannot draw (a damaged image would otherwise break every report).
 */
export async function checkLogoFile(path: string): Promise<void> {
  const name = basename(path)
  const info = await stat(path).catch(() => {
    throw new AppError('FILE_ERROR', `No se pudo leer «${name}»: el archivo no existe o fue movido.`)
  })
  if (!info.isFile()) throw notAnImage(name)
  if (info.size > MAX_LOGO_BYTES) {
    throw new AppError('FILE_ERROR', `«${name}» pesa ${formatBytes(info.size)}; el logo puede pesar hasta ${formatBytes(MAX_LOGO_BYTES)}.`)
  }
  const handle = await open(path, 'r')
  let bytes: Buffer
  try {
    bytes = await handle.readFile()
  } finally {
    await handle.close()
  }
  if (imageKind(bytes) === null) throw notAnImage(name)
  try {
    new PDFDocument({ autoFirstPage: true }).image(bytes, 0, 0, { width: 10 })
  } catch {
    throw notAnImage(name)
  }
}
