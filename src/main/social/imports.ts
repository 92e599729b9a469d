import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { SocialImportPreview, SocialStatRow } from '../../shared/contract'
import { SOCIAL_NETWORK_LABELS, type SocialNetwork } from '../../shared/domain/reports'
import type { AuthedCtx } from '../core/context'
import { AppError, validation } from '../core/errors'
import { authorize } from '../auth/permissions'
import { rowsFor } from './queries'
import { writeImported } from './writes'
import { aggregate } from './import/aggregate'
import { decodeCsv } from './import/decode'
import {
  adjustMapping,
  guessMapping,
  locateHeader,
  resolveMapping,
  unrecognised,
  type MappingEntry,
  type ResolvedMapping
} from './import/mapping'
import { dropPending, findPending, keepPending } from './import/pending'
import { readTable } from './import/table'
import { detectPlatform, normalizeHeader } from './import/vocabulary'

/** Platform exports of a year of daily figures weigh a few hundred kilobytes. */
const MAX_BYTES = 20 * 1024 * 1024

async function readSource(path: string, fileName: string): Promise<Buffer> {
  const info = await stat(path).catch(() => null)
  if (!info?.isFile()) throw new AppError('FILE_ERROR', `No se encontró «${fileName}». Elija de nuevo el archivo.`)
  if (info.size > MAX_BYTES) {
    throw new AppError('FILE_ERROR', `«${fileName}» pesa más de 20 MB: no parece una exportación de estadísticas. Elija el CSV de la plataforma.`)
  }
  return readFile(path).catch(() => {
    throw new AppError('FILE_ERROR', `No se pudo leer «${fileName}». Compruebe que no esté abierto en otro programa e intente de nuevo.`)
  })
}

/** A file whose headers give no date column or no figure has nothing Pauta recognises. */
function resolveGuess(mapping: MappingEntry[], fileName: string, columns: string[]): ResolvedMapping {
  try {
    return resolveMapping(mapping)
  } catch {
    throw unrecognised(fileName, columns)
  }
}

/** Opens the picker, reads the platform's CSV and shows what an import would write; writes nothing. */
export async function previewImport(ctx: AuthedCtx, network: SocialNetwork): Promise<SocialImportPreview | null> {
  authorize(ctx, 'social.manage')
  const [path] = await ctx.core.host.pickFiles({
    title: `Elegir la exportación de estadísticas de ${SOCIAL_NETWORK_LABELS[network]}`,
    filters: [{ name: 'Archivos CSV', extensions: ['csv', 'txt'] }]
  })
  if (!path) return null
  const fileName = basename(path)
  const { text, encoding } = decodeCsv(await readSource(path, fileName), fileName)
  const table = locateHeader(readTable(text, fileName), fileName)
  const mapping = guessMapping(table)
  const platform = detectPlatform(table.columns.map(normalizeHeader), table.titles.map(normalizeHeader))
  const { rows, errors } = aggregate(table, resolveGuess(mapping, fileName, table.columns), ctx.today)
  const token = keepPending(ctx, { network, fileName, encoding, platform, table, mapping })
  return { token, fileName, detectedPlatform: platform, encoding, mapping, rows: rows.map((r) => ({ network, ...r })), errors }
}

/** Writes the previewed file, with the mapping as the user left it, in one transaction. */
export async function commitImport(ctx: AuthedCtx, token: string, changes: MappingEntry[] | undefined): Promise<SocialStatRow[]> {
  authorize(ctx, 'social.manage')
  const pending = findPending(ctx, token)
  const mapping = adjustMapping(pending.table.columns, pending.mapping, changes)
  const { rows, errors } = aggregate(pending.table, resolveMapping(mapping), ctx.today)
  if (rows.length === 0) {
    throw validation(`«${pending.fileName}» no tiene filas que se puedan importar; revise los errores de la vista previa.`)
  }
  const keys = await writeImported(ctx, pending.network, rows, {
    fileName: pending.fileName,
    platform: pending.platform,
    skippedLines: errors.length
  })
  dropPending(ctx, token)
  return rowsFor(ctx.db, keys)
}
