import { describe, expect, it } from 'vitest'
import { detectDayOrder, parseRowDate } from '../../src/main/social/import/dates'
import { decodeCsv } from '../../src/main/social/import/decode'
import { parseCount } from '../../src/main/social/import/numbers'
import { readTable } from '../../src/main/social/import/table'

describe('counts as the platforms write them', () => {
  it.each([
    ['0', 0],
    ['1234', 1234],
    ['007', 7],
    ['1.234', 1234],
    ['1.234.567', 1_234_567],
    ['1,234', 1234],
    ['12,500', 12_500],
    ['1,234,567', 1_234_567],
    ['12 500', 12_500],
    ['12\u00A0500', 12_500],
    [' 980 ', 980]
  ])('reads %j as %d', (raw, value) => {
    expect(parseCount(raw)).toEqual({ kind: 'value', value })
  })

  it.each(['', '-', '--', '—', 'N/A'])('treats %j as no figure', (raw) => {
    expect(parseCount(raw)).toEqual({ kind: 'empty' })
  })

  it.each([
    ['1.2k', 'está abreviado'],
    ['3M', 'está abreviado'],
    ['12 mil', 'está abreviado'],
    ['12,5', 'tiene decimales'],
    ['1.5', 'tiene decimales'],
    ['1.234,56', 'no es un número'],
    ['1.234,567', 'no es un número'],
    ['1,23', 'tiene decimales'],
    ['12.34.567', 'no es un número'],
    ['-5', 'es negativo'],
    ['(40)', 'es negativo'],
    ['4,5%', 'es un porcentaje'],
    ['doce', 'no es un número'],
    ['99999999999', 'es demasiado grande']
  ])('refuses %j: %s', (raw, reason) => {
    const cell = parseCount(raw)
    expect(cell.kind).toBe('error')
    expect(cell.kind === 'error' && cell.reason).toContain(reason)
    expect(cell.kind === 'error' && cell.reason).toContain(`«${raw}»`)
  })
})

describe('dates as the platforms write them', () => {
  it.each([
    ['2026-10-01', 'dmy', '2026-10-01'],
    ['2026-10-01T00:00:00', 'dmy', '2026-10-01'],
    ['2026-10-01 00:00 +0000', 'mdy', '2026-10-01'],
    ['2026/10/01', 'dmy', '2026-10-01'],
    ['01/10/2026', 'dmy', '2026-10-01'],
    ['01/10/2026', 'mdy', '2026-01-10'],
    ['1-10-26', 'dmy', '2026-10-01'],
    ['09/28/2026 08:30', 'mdy', '2026-09-28'],
    ['1 de octubre de 2026', 'dmy', '2026-10-01'],
    ['1 oct. 2026', 'dmy', '2026-10-01'],
    ['Oct 1, 2026', 'mdy', '2026-10-01'],
    ['Thu, Oct 01, 2026', 'mdy', '2026-10-01'],
    ['miércoles, 30 de septiembre de 2026', 'dmy', '2026-09-30'],
    ['Sep 30, 2026 12:00 AM', 'mdy', '2026-09-30']
  ] as const)('reads %j (%s) as %s', (raw, order, day) => {
    expect(parseRowDate(raw, order)).toEqual({ month: day.slice(0, 7), day })
  })

  it.each([
    ['2026-10', '2026-10'],
    ['10/2026', '2026-10'],
    ['octubre de 2026', '2026-10'],
    ['October 2026', '2026-10']
  ])('reads the monthly %j as %s', (raw, month) => {
    expect(parseRowDate(raw, 'dmy')).toEqual({ month, day: null })
  })

  it.each(['31/09/2026', '2026-02-30', '13/13/2026', 'October 1', 'ayer', '1999-12-31', '2026-13'])('refuses %j', (raw) => {
    expect(parseRowDate(raw, 'dmy')).toBeNull()
  })

  it('tells the day order from values past 12, and from the header language when none is', () => {
    expect(detectDayOrder(['01/10/2026', '28/09/2026'], true)).toBe('dmy')
    expect(detectDayOrder(['10/01/2026', '09/28/2026'], false)).toBe('mdy')
    expect(detectDayOrder(['09/28/2026', '09/30/2026', '31/10/2026'], false)).toBe('mdy')
    expect(detectDayOrder(['01/10/2026', '02/10/2026'], false)).toBe('dmy')
    expect(detectDayOrder(['01/10/2026', '02/10/2026'], true)).toBe('mdy')
  })
})

describe('reading the text of a CSV', () => {
  it('tells UTF-8 (with or without BOM) from Windows-1252', () => {
    const text = 'Día,Alcance\n'
    expect(decodeCsv(Buffer.from(`\uFEFF${text}`, 'utf8'), 'a.csv')).toEqual({ text, encoding: 'utf-8' })
    expect(decodeCsv(Buffer.from(text, 'utf8'), 'a.csv')).toEqual({ text, encoding: 'utf-8' })
    expect(decodeCsv(Buffer.from(text, 'latin1'), 'a.csv')).toEqual({ text, encoding: 'latin-1' })
    // 0x80 is "€" in Windows-1252, a control character in strict Latin-1.
    expect(decodeCsv(Buffer.from([0x80, 0x2c, 0x41, 0x0a]), 'a.csv').text).toBe('€,A\n')
  })

  it.each([
    ['Fecha,Alcance\n2026-10-01,"1,234"\n', ','],
    ['Fecha;Alcance;Impresiones\n2026-10-01;12,5;3\n2026-10-02;1,2;4\n', ';'],
    ['Fecha\tAlcance\n2026-10-01\t120\n', '\t']
  ])('finds the separator of %j', (text, delimiter) => {
    expect(readTable(text, 'a.csv').delimiter).toBe(delimiter)
  })

  it('obeys a "sep=" line and keeps line numbers true to the file across quoted line breaks', () => {
    const table = readTable('sep=;\r\n"Fecha";"Título"\r\n"2026-10-01";"Dos\r\nlíneas; con punto y coma"\r\n\r\n"2026-10-02";"Otra"\r\n', 'a.csv')
    expect(table.delimiter).toBe(';')
    expect(table.records).toEqual([
      { line: 2, fields: ['Fecha', 'Título'] },
      { line: 3, fields: ['2026-10-01', 'Dos\nlíneas; con punto y coma'] },
      { line: 6, fields: ['2026-10-02', 'Otra'] }
    ])
  })
})
