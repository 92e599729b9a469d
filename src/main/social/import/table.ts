import { CsvError, parse } from 'csv-parse/sync'
import { AppError } from '../../core/errors'

export type Delimiter = ',' | ';' | '\t'

/** One record of the file and the line of the file where it starts (1 = first line). */
export interface RawRecord {
  line: number
  fields: string[]
}

export interface RawTable {
  delimiter: Delimiter
  records: RawRecord[]
}

const CANDIDATES: Delimiter[] = [',', ';', '\t']
const SAMPLE_LINES = 50

// Excel and Meta Business Suite write "sep=," as the first line to declare the separator.
const SEP_LINE = /^"?sep=([,;\t])"?\n/i

/** With `info`, csv-parse returns each record with the reading state after it (types lack the overload). */
type InfoRecord = { record: string[]; info: { lines: number } }

function parseWith(text: string, delimiter: Delimiter, toLine?: number): RawRecord[] {
  const parsed = parse(text, {
    delimiter,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    trim: true,
    ...(toLine ? { to_line: toLine } : {})
  }) as unknown as InfoRecord[]
  // `lines` is the line where the record ends; a quoted field may span several lines.
  return parsed.map(({ record, info }) => ({
    line: info.lines - record.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0),
    fields: record
  }))
}

/**
 * The separator that splits the first lines into the same number of fields most often: a file
 * with ";" and decimal commas ("12,5") still comes out as ";".
 */
function detectDelimiter(text: string): Delimiter {
  let best: { delimiter: Delimiter; score: number } = { delimiter: ',', score: 0 }
  for (const delimiter of CANDIDATES) {
    let records: RawRecord[]
    try {
      records = parseWith(text, delimiter, SAMPLE_LINES)
    } catch {
      continue
    }
    const counts = new Map<number, number>()
    for (const r of records) if (r.fields.length > 1) counts.set(r.fields.length, (counts.get(r.fields.length) ?? 0) + 1)
    const score = Math.max(0, ...counts.values())
    if (score > best.score) best = { delimiter, score }
  }
  return best.delimiter
}

/** Splits the decoded text into records, honouring quotes, with each record's line number. */
export function readTable(decoded: string, fileName: string): RawTable {
  let text = decoded.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const declared = SEP_LINE.exec(text)
  // The declaration line is blanked, not removed, so line numbers still match the file.
  if (declared) text = `\n${text.slice(declared[0].length)}`
  const delimiter = (declared?.[1] as Delimiter | undefined) ?? detectDelimiter(text)
  try {
    return { delimiter, records: parseWith(text, delimiter) }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    const where = typeof error.lines === 'number' ? ` (línea ${error.lines})` : ''
    const what = error.code === 'CSV_QUOTE_NOT_CLOSED' ? 'tiene comillas sin cerrar' : 'no tiene el formato de un CSV'
    throw new AppError('FILE_ERROR', `No se pudo leer «${fileName}»${where}: ${what}. Descargue de nuevo el CSV de la plataforma.`)
  }
}
