import { AppError } from '../../core/errors'

export interface DecodedText {
  text: string
  encoding: 'utf-8' | 'latin-1'
}

const fileError = (message: string) => new AppError('FILE_ERROR', message)

const notText = (fileName: string) =>
  fileError(`«${fileName}» no es un archivo de texto CSV. Elija el CSV que descargó de la plataforma.`)

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b)

const UTF8_BOM = [0xef, 0xbb, 0xbf]
const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0]
const UTF16_LE = [0xff, 0xfe]
const UTF16_BE = [0xfe, 0xff]

const utf8 = new TextDecoder('utf-8', { fatal: true })
// Node's TextDecoder (full ICU) knows Windows-1252: what Excel on a Spanish Windows writes for "CSV"
// and a superset of Latin-1, so no extra dependency is needed for it.
const windows1252 = new TextDecoder('windows-1252')

/**
 * Text of a platform export: UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise
 * Latin-1/Windows-1252. Anything that is not text gets a message saying what to do instead.
 */
export function decodeCsv(bytes: Uint8Array, fileName: string): DecodedText {
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes
  if (body.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d)) {
    throw fileError(`El archivo «${fileName}» está vacío. Exporte de nuevo las estadísticas desde la plataforma y elija ese archivo.`)
  }
  if (startsWith(bytes, ZIP) || startsWith(bytes, OLE)) {
    throw fileError(
      `«${fileName}» es un libro de Excel, no un CSV. Ábralo en Excel y guárdelo como «CSV UTF-8 (delimitado por comas)», o descargue el CSV de la plataforma.`
    )
  }
  if (startsWith(bytes, UTF16_LE) || startsWith(bytes, UTF16_BE)) {
    throw fileError(`«${fileName}» está guardado en UTF-16. Ábralo en Excel y guárdelo como «CSV UTF-8 (delimitado por comas)».`)
  }
  // A CSV never holds a NUL byte; images, PDFs and other binaries nearly always do.
  if (body.includes(0)) throw notText(fileName)
  const decoded = decodeText(body)
  if (looksBinary(decoded.text)) throw notText(fileName)
  return decoded
}

function decodeText(body: Uint8Array): DecodedText {
  try {
    return { text: utf8.decode(body), encoding: 'utf-8' }
  } catch {
    return { text: windows1252.decode(body), encoding: 'latin-1' }
  }
}

/** Text has almost no control characters besides tab and line breaks; images and PDFs have many. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192)
  const controls = sample.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g)?.length ?? 0
  return controls > sample.length / 100
}
