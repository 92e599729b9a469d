import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { SocialNetwork } from '../../src/shared/domain/reports'
import { makeOffice } from '../support/core'
import { auditCount, makeSourceFile, type Office } from '../support/fixtures'

const FIXTURES = fileURLToPath(new URL('../fixtures/social/', import.meta.url))

let o: Office
beforeAll(async () => {
  o = await makeOffice()
})
afterAll(async () => o?.dispose())
beforeEach(async () => {
  o.clock.set('2026-11-22T15:00:00Z')
  await o.core.db.deleteFrom('social_stats').execute()
})

/** Lets the picker "choose" a fixture (or a file written for the test) and previews it. */
function preview(network: SocialNetwork, path: string, client = 'community_manager') {
  o.host.nextPicked = [path]
  return o.call(client, 'social', 'previewImport', { network })
}
const fixture = (name: string) => `${FIXTURES}${name}`

const storedStats = () => o.core.db.selectFrom('social_stats').selectAll().orderBy('network').orderBy('month').execute()

describe('previewing a platform export', () => {
  it('reads a Meta Business Suite file (BOM, "sep=," line, title above "Fecha","Primary") and sums the days per month', async () => {
    const audit = await auditCount(o)
    const result = await preview('facebook', fixture('meta-facebook-alcance.csv'))
    expect(result).toMatchObject({
      fileName: 'meta-facebook-alcance.csv',
      detectedPlatform: 'meta',
      encoding: 'utf-8',
      mapping: [
        { column: 'Fecha', metric: 'month' },
        { column: 'Primary', metric: 'reach' }
      ],
      rows: [
        { network: 'facebook', month: '2026-09', values: { reach: 1250 + 980 + 1432 + 2210 } },
        { network: 'facebook', month: '2026-10', values: { reach: 1875 + 1640 + 905 } }
      ],
      errors: []
    })
    expect(result!.token.length).toBeGreaterThanOrEqual(20)
    expect(await storedStats()).toEqual([])
    expect(await auditCount(o)).toBe(audit)
  })

  it('takes the followers of the last day of each month, not their sum, whatever the order of the lines', async () => {
    const result = await preview('instagram', fixture('meta-instagram-seguidores.csv'))
    expect(result!.rows).toEqual([
      { network: 'instagram', month: '2026-09', values: { followers: 4822 } },
      { network: 'instagram', month: '2026-10', values: { followers: 4841 } }
    ])
  })

  it('reads an X analytics export: English headers, "Mon, Sep 28, 2026" dates, comma thousands', async () => {
    const result = await preview('x', fixture('x-analiticas.csv'))
    expect(result!.detectedPlatform).toBe('x')
    const mapped = Object.fromEntries(result!.mapping.map((m) => [m.column, m.metric]))
    expect(mapped).toMatchObject({
      Date: 'month',
      Impressions: 'impressions',
      Engagements: 'interactions',
      'Create Post': 'publications',
      'Video views': 'videoViews',
      'New follows': null,
      Likes: null,
      'Media views': null
    })
    expect(result!.rows).toEqual([
      { network: 'x', month: '2026-09', values: { impressions: 37_517, interactions: 1077, publications: 9, videoViews: 3945 } },
      { network: 'x', month: '2026-10', values: { impressions: 18_660, interactions: 499, publications: 3, videoViews: 1715 } }
    ])
    expect(result!.errors).toEqual([])
  })

  it('reads YouTube Studio: skips its "Total" line and ignores columns with decimals it does not import', async () => {
    const result = await preview('youtube', fixture('youtube-studio.csv'))
    expect(result!.detectedPlatform).toBe('youtube')
    expect(result!.mapping.find((m) => m.column === 'Tiempo de visualización (horas)')!.metric).toBeNull()
    expect(result!.mapping.find((m) => m.column === 'Suscriptores')!.metric).toBeNull()
    expect(result!.rows).toEqual([
      { network: 'youtube', month: '2026-09', values: { videoViews: 1916, impressions: 21_570 } },
      { network: 'youtube', month: '2026-10', values: { videoViews: 1603, impressions: 18_640 } }
    ])
    expect(result!.errors).toEqual([])
  })

  it('reads a TikTok table re-saved by Excel in Windows-1252 with ";", day-first dates and "." thousands', async () => {
    const result = await preview('tiktok', fixture('tiktok-excel-latin1.csv'))
    expect(result!.encoding).toBe('latin-1')
    expect(result!.detectedPlatform).toBe('tiktok')
    expect(result!.mapping.map((m) => m.column)).toEqual([
      'Día',
      'Visualizaciones de vídeos',
      'Visualizaciones del perfil',
      'Me gusta',
      'Comentarios',
      'Veces compartido',
      'Seguidores'
    ])
    expect(result!.mapping.map((m) => m.metric)).toEqual(['month', 'videoViews', null, null, null, null, 'followers'])
    expect(result!.rows).toEqual([
      { network: 'tiktok', month: '2026-09', values: { videoViews: 1204 + 2530 + 980, followers: 2351 } },
      { network: 'tiktok', month: '2026-10', values: { videoViews: 3415 + 1120, followers: 2420 } }
    ])
  })

  it('reports each row that does not fit with its line in the file and the reason, and keeps the rest', async () => {
    const result = await preview('facebook', fixture('meta-publicaciones-errores.csv'))
    expect(result!.detectedPlatform).toBe('meta')
    // Line 3 holds a title with a line break, so the lines after it are one further down.
    expect(result!.errors).toEqual([
      { line: 5, message: 'En «Alcance», «1.2k» está abreviado; exporte las cifras completas, sin «k» ni «M».' },
      { line: 6, message: 'En «Interacciones con el contenido», «12,5» tiene decimales; se esperan cantidades enteras.' },
      { line: 7, message: 'En «Alcance», «-40» es negativo; las cifras no pueden ser negativas.' },
      {
        line: 8,
        message: 'La fecha «31/10/2026 19:00» no se reconoce; en este archivo las fechas van con el mes primero (mm/dd/aaaa).'
      },
      { line: 9, message: 'No tiene fecha en la columna «Hora de publicación».' }
    ])
    expect(result!.rows).toEqual([
      { network: 'facebook', month: '2026-09', values: { reach: 3120 + 5480, interactions: 245 + 612 } },
      { network: 'facebook', month: '2026-10', values: { reach: 1875, interactions: 140 } }
    ])
  })

  it('refuses a date after today', async () => {
    o.clock.set('2026-09-29T15:00:00Z')
    const result = await preview('facebook', fixture('meta-facebook-alcance.csv'))
    // Line 1 is "sep=,", line 2 the title, line 3 the header: 30/09 is on line 7.
    expect(result!.errors.map((e) => e.line)).toEqual([7, 8, 9, 10])
    expect(result!.errors[0]!.message).toBe('La fecha 30/09/2026 es posterior a hoy.')
    expect(result!.rows).toEqual([{ network: 'facebook', month: '2026-09', values: { reach: 1250 + 980 + 1432 } }])
  })

  it('answers null and keeps nothing when the picker is cancelled', async () => {
    o.host.nextPicked = []
    expect(await o.call('community_manager', 'social', 'previewImport', { network: 'facebook' })).toBeNull()
  })
})

describe('files that cannot be imported', () => {
  const cases: [string, () => string, RegExp][] = [
    ['an empty file', () => fixture('vacio.csv'), /«vacio\.csv» está vacío/],
    ['a file with only a BOM and blank lines', () => makeSourceFile(o, 'solo-bom.csv', Buffer.from('\uFEFF\r\n\r\n', 'utf8')), /está vacío/],
    ['columns no platform writes', () => fixture('columnas-desconocidas.csv'), /No se reconocen las columnas .*Nombre, Correo, Teléfono/],
    ['a header with no date column', () => makeSourceFile(o, 'sin-fecha.csv', 'Alcance,Impresiones\n120,450\n'), /No se reconocen las columnas/],
    [
      'an Excel workbook renamed .csv',
      () => makeSourceFile(o, 'libro.csv', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 1)])),
      /es un libro de Excel, no un CSV/
    ],
    [
      'an image',
      () => makeSourceFile(o, 'foto.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])),
      /no es un archivo de texto CSV/
    ],
    ['a UTF-16 text', () => makeSourceFile(o, 'unicode.csv', Buffer.from('\uFEFFFecha,Alcance\n', 'utf16le')), /UTF-16/],
    ['an unclosed quote', () => makeSourceFile(o, 'comillas.csv', 'Fecha,Alcance\n2026-10-01,"120\n2026-10-02,130\n'), /comillas sin cerrar/]
  ]
  for (const [what, file, message] of cases) {
    it(`refuses ${what} with a Spanish message and writes nothing`, async () => {
      const audit = await auditCount(o)
      o.host.nextPicked = [file()]
      const error = await o.callError('community_manager', 'social', 'previewImport', { network: 'facebook' })
      expect(error.code).toBe('FILE_ERROR')
      expect(error.message).toMatch(message)
      expect(await storedStats()).toEqual([])
      expect(await auditCount(o)).toBe(audit)
    })
  }
})

describe('committing an import', () => {
  it('writes exactly what the preview showed, marked as imported, with one audit entry', async () => {
    const shown = (await preview('x', fixture('x-analiticas.csv')))!
    const audit = await auditCount(o)
    const written = await o.call('community_manager', 'social', 'commitImport', { token: shown.token })
    expect(written.map((r) => ({ network: r.network, month: r.month, values: r.values }))).toEqual(
      shown.rows.map((r) => ({
        network: r.network,
        month: r.month,
        values: { followers: null, publications: null, reach: null, impressions: null, interactions: null, videoViews: null, ...r.values }
      }))
    )
    expect(written.every((r) => r.source === 'importado' && r.updatedByName === 'Mateo Herrera')).toBe(true)
    expect(await o.call('disenador', 'social', 'list', { year: 2026 })).toEqual(written)
    expect(await auditCount(o)).toBe(audit + 1)
    const entry = await o.core.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow()
    expect(entry).toMatchObject({
      action: 'social.imported',
      actor_id: o.users.community_manager,
      summary: 'Importó las estadísticas de X de 2 meses (septiembre de 2026 a octubre de 2026) desde «x-analiticas.csv»'
    })
  })

  it('uses the token once', async () => {
    const shown = (await preview('facebook', fixture('meta-facebook-alcance.csv')))!
    await o.call('community_manager', 'social', 'commitImport', { token: shown.token })
    const again = await o.callError('community_manager', 'social', 'commitImport', { token: shown.token })
    expect(again.code).toBe('NOT_FOUND')
  })

  it('re-applies an adjusted mapping: a column the user assigns is imported, one set aside is not', async () => {
    const shown = (await preview('youtube', fixture('youtube-studio.csv'), 'jefe'))!
    const written = await o.call('jefe', 'social', 'commitImport', {
      token: shown.token,
      mapping: [
        { column: 'Suscriptores', metric: 'followers' },
        { column: 'Impresiones', metric: null }
      ]
    })
    expect(written.map((r) => [r.month, r.values])).toEqual([
      ['2026-09', { followers: 9, publications: null, reach: null, impressions: null, interactions: null, videoViews: 1916 }],
      ['2026-10', { followers: 3, publications: null, reach: null, impressions: null, interactions: null, videoViews: 1603 }]
    ])
  })

  it('keeps the figures the file does not carry, such as followers typed by hand', async () => {
    await o.call('jefe', 'social', 'save', {
      rows: [
        {
          network: 'facebook',
          month: '2026-09',
          values: { followers: 15_200, publications: 42, reach: 1, impressions: null, interactions: null, videoViews: null }
        }
      ]
    })
    const shown = (await preview('facebook', fixture('meta-facebook-alcance.csv')))!
    const [september] = await o.call('community_manager', 'social', 'commitImport', { token: shown.token })
    expect(september).toMatchObject({
      month: '2026-09',
      source: 'importado',
      values: { followers: 15_200, publications: 42, reach: 5872, impressions: null, interactions: null, videoViews: null }
    })
  })

  const badMappings: [string, { column: string; metric: 'month' | 'reach' | 'impressions' | null }[], RegExp][] = [
    ['two columns for one metric', [{ column: 'Vistas', metric: 'impressions' }], /«Impresiones» está asignada a dos columnas \(«Vistas» y «Impresiones»\)/],
    ['no date column', [{ column: 'Fecha', metric: null }], /Indique qué columna tiene la fecha/],
    ['two date columns', [{ column: 'Suscriptores', metric: 'month' }], /Solo una columna puede ser la fecha/],
    ['a column not in the file', [{ column: 'Alcance', metric: 'reach' }], /La columna «Alcance» no está en el archivo/],
    [
      'no metric at all',
      [
        { column: 'Vistas', metric: null },
        { column: 'Impresiones', metric: null }
      ],
      /Asigne al menos una columna/
    ]
  ]
  for (const [what, mapping, message] of badMappings) {
    it(`refuses a mapping with ${what}, writes nothing and keeps the preview usable`, async () => {
      const shown = (await preview('youtube', fixture('youtube-studio.csv')))!
      const audit = await auditCount(o)
      const error = await o.callError('community_manager', 'social', 'commitImport', { token: shown.token, mapping })
      expect(error.code).toBe('VALIDATION')
      expect(error.message).toMatch(message)
      expect(await storedStats()).toEqual([])
      expect(await auditCount(o)).toBe(audit)
      expect(await o.call('community_manager', 'social', 'commitImport', { token: shown.token })).toHaveLength(2)
    })
  }

  it('refuses a file where no row fits', async () => {
    const path = makeSourceFile(o, 'todo-mal.csv', 'Fecha;Alcance\n2026-10-01;1.2k\n2026-10-02;12,5\n')
    const shown = (await preview('facebook', path))!
    expect(shown.rows).toEqual([])
    expect(shown.errors.map((e) => e.line)).toEqual([2, 3])
    const error = await o.callError('community_manager', 'social', 'commitImport', { token: shown.token })
    expect(error).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/no tiene filas que se puedan importar/) })
    expect(await storedStats()).toEqual([])
  })

  it('expires the preview after 30 minutes', async () => {
    const shown = (await preview('facebook', fixture('meta-facebook-alcance.csv')))!
    o.clock.set('2026-11-22T15:30:01Z')
    const error = await o.callError('community_manager', 'social', 'commitImport', { token: shown.token })
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/vence a los 30 minutos/) })
    expect(await storedStats()).toEqual([])
  })

  it('belongs to the client that previewed it', async () => {
    const shown = (await preview('facebook', fixture('meta-facebook-alcance.csv')))!
    expect((await o.callError('jefe', 'social', 'commitImport', { token: shown.token })).code).toBe('NOT_FOUND')
    expect(await storedStats()).toEqual([])
    expect(await o.call('community_manager', 'social', 'commitImport', { token: shown.token })).toHaveLength(2)
  })

  it('lets only the roles with social.manage preview or commit', async () => {
    const shown = (await preview('facebook', fixture('meta-facebook-alcance.csv'), 'profesional'))!
    for (const client of ['disenador', 'audiovisual', 'archivista', 'administrador']) {
      o.host.nextPicked = [fixture('meta-facebook-alcance.csv')]
      expect((await o.callError(client, 'social', 'previewImport', { network: 'facebook' })).code).toBe('FORBIDDEN')
      expect((await o.callError(client, 'social', 'commitImport', { token: shown.token })).code).toBe('FORBIDDEN')
    }
    expect(await storedStats()).toEqual([])
  })
})
