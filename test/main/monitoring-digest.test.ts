import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ClipInput } from '../../src/shared/contract/monitoring'
import { generatedBytes } from '../../src/main/reports/generated'
import { makeOffice } from '../support/core'
import { auditCount, catalogueId, type Office } from '../support/fixtures'

let o: Office
let work: string
beforeEach(async () => {
  o = await makeOffice()
  work = mkdtempSync(join(tmpdir(), 'pauta-boletin-'))
})
afterEach(async () => {
  await o.dispose()
  rmSync(work, { recursive: true, force: true })
})

const TODAY = '2026-03-10'
const REVIEW_DIR = 'test-results/monitoring'

const base: ClipInput = {
  clipDate: TODAY,
  medium: 'El Tiempo',
  mediumType: 'prensa',
  program: 'Bogotá',
  headline: 'Nota',
  url: '',
  summary: '',
  tone: 'neutro',
  topic: 'Movilidad',
  dependenciaId: null,
  spokesperson: '',
  reach: null
}

async function seedDay(): Promise<void> {
  const movilidad = await catalogueId(o, 'dependencia', 'Secretaría de Movilidad')
  const clips: Partial<ClipInput>[] = [
    { headline: 'Trancón en la variante Cajicá–Zipaquirá por obras', tone: 'negativo', topic: 'Movilidad', dependenciaId: movilidad, url: 'https://www.eltiempo.com/bogota/trancon-variante', reach: 250000 },
    { headline: 'Nuevo paradero del SITP llega a Cajicá', tone: 'positivo', topic: 'Movilidad', medium: 'Caracol Radio', mediumType: 'radio', program: '6 AM Hoy por Hoy' },
    { headline: 'Alcalde <script>alert("x")</script> & "concejales" discuten presupuesto', tone: 'neutro', topic: 'Concejo & presupuesto', spokesperson: 'Alcalde municipal' },
    { headline: 'Jornada de vacunación supera la meta', tone: 'positivo', topic: 'Salud', medium: 'Cajicá Stereo', mediumType: 'radio', summary: 'Se aplicaron 3.200 dosis.' },
    { headline: 'Nota de ayer', clipDate: '2026-03-09', topic: 'Salud' }
  ]
  for (const c of clips) await o.call('profesional', 'monitoring', 'create', { ...base, ...c })
}

function keepForReview(name: string, bytes: Uint8Array): void {
  mkdirSync(REVIEW_DIR, { recursive: true })
  const path = join(REVIEW_DIR, name)
  writeFileSync(path, bytes)
  if (name.endsWith('.pdf') && !spawnSync('pdftoppm', ['-v']).error) {
    spawnSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', path, path.replace(/\.pdf$/, '')])
  }
}

const flat = (text: string[]) => text.join('\n').replace(/\s+/g, ' ')

describe('daily media digest', () => {
  it('previews the day by topic, tone and medium type', async () => {
    await seedDay()
    const preview = await o.call('disenador', 'monitoring', 'digestPreview', { date: TODAY })
    expect(preview.counts).toEqual({ positivo: 2, neutro: 1, negativo: 1, total: 4 })
    expect(preview.byTopic).toEqual([
      { topic: 'Movilidad', positivo: 1, neutro: 0, negativo: 1, total: 2 },
      { topic: 'Concejo & presupuesto', positivo: 0, neutro: 1, negativo: 0, total: 1 },
      { topic: 'Salud', positivo: 1, neutro: 0, negativo: 0, total: 1 }
    ])
    expect(preview.byMediumType).toEqual([
      { mediumType: 'prensa', positivo: 0, neutro: 1, negativo: 1, total: 2 },
      { mediumType: 'radio', positivo: 2, neutro: 0, negativo: 0, total: 2 }
    ])
  })

  it('is generated as a PDF and an escaped, self-contained HTML file, kept and audited', async () => {
    await seedDay()
    const digest = await o.call('community_manager', 'monitoring', 'generateDigest', { date: TODAY })
    expect(digest).toMatchObject({ date: TODAY, clipCount: 4, createdByName: 'Mateo Herrera' })
    expect(digest.pdf.fileName).toBe('Boletin-medios-2026-03-10.pdf')
    expect(digest.html.fileName).toBe('Boletin-medios-2026-03-10.html')
    expect(await o.call('jefe', 'monitoring', 'latestDigest', { date: TODAY })).toEqual(digest)
    expect(await o.call('jefe', 'monitoring', 'latestDigest', { date: '2026-03-09' })).toBeNull()

    const pdf = await generatedBytes(o.core, digest.pdf.id)
    keepForReview(pdf.file.fileName, pdf.bytes)
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.bytes)), { mergePages: false })
    const pdfText = flat(text)
    expect(pdfText).toContain('Boletín diario de medios del 10/03/2026')
    expect(pdfText).toContain('Martes, 10 de marzo de 2026')
    expect(pdfText).toContain('Trancón en la variante Cajicá–Zipaquirá por obras')
    expect(pdfText).toContain('Movilidad (2)')
    expect(pdfText).toContain('Dependencia: Secretaría de Movilidad')
    expect(pdfText).not.toContain('Nota de ayer')

    const html = (await generatedBytes(o.core, digest.html.id)).bytes.toString('utf8')
    keepForReview(digest.html.fileName, Buffer.from(html))
    expect(html).toContain('<html lang="es-CO">')
    expect(html).toContain('Alcalde &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;concejales&quot; discuten presupuesto')
    expect(html).toContain('Concejo &amp; presupuesto')
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/\s(src|srcset)=/i)
    expect(html).not.toMatch(/<link|@import|url\(/i)
    expect(html).toContain('<a href="https://www.eltiempo.com/bogota/trancon-variante"')
    expect(html).toContain('Se registraron <strong>4</strong> notas: 2 positivos, 1 neutro, 1 negativo.')
    expect(html).not.toContain('Nota de ayer')

    const audit = await o.call('jefe', 'audit', 'list', {})
    expect(audit.map((a) => a.summary)).toContain('Generó el boletín diario de medios del 10/03/2026 con 4 notas (PDF y HTML para correo)')
  })

  it('says so when the day has no clips', async () => {
    const digest = await o.call('jefe', 'monitoring', 'generateDigest', { date: '2026-03-08' })
    expect(digest.clipCount).toBe(0)
    const { bytes } = await generatedBytes(o.core, digest.pdf.id)
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: false })
    expect(flat(text)).toContain('No se registraron notas de medios sobre la entidad el 08/03/2026.')
    const html = (await generatedBytes(o.core, digest.html.id)).bytes.toString('utf8')
    expect(html).toContain('No se registraron notas de medios sobre la entidad el 08/03/2026.')
  })

  it('is sent, both files, to a destination folder, or waits in the outbox when the folder is missing', async () => {
    await seedDay()
    const digest = await o.call('profesional', 'monitoring', 'generateDigest', { date: TODAY })
    const folder = join(work, 'despacho')
    mkdirSync(folder)
    const destination = await o.call('jefe', 'delivery', 'createDestination', { name: 'Despacho del Alcalde', path: folder, note: '', active: true })
    const sent = await o.call('profesional', 'monitoring', 'sendDigest', { digestId: digest.id, destinationId: destination.id })
    expect(sent.map((r) => r.status)).toEqual(['entregado', 'entregado'])
    expect(readdirSync(folder).sort()).toEqual(['Boletin-medios-2026-03-10.html', 'Boletin-medios-2026-03-10.pdf'])
    expect(readFileSync(join(folder, 'Boletin-medios-2026-03-10.html'), 'utf8')).toContain('Boletín diario de medios del 10/03/2026')

    const missing = await o.call('jefe', 'delivery', 'createDestination', { name: 'Secretaría General', path: join(work, 'no-montada'), note: '', active: true })
    const queued = await o.call('jefe', 'monitoring', 'sendDigest', { digestId: digest.id, destinationId: missing.id })
    expect(queued.map((r) => r.status)).toEqual(['en_bandeja', 'en_bandeja'])
    expect((await o.call('jefe', 'delivery', 'outbox')).map((i) => i.fileName).sort()).toEqual([
      'Boletin-medios-2026-03-10.html',
      'Boletin-medios-2026-03-10.pdf'
    ])
  })

  it('is generated and sent only by the roles that monitor', async () => {
    const before = await auditCount(o)
    expect((await o.callError('disenador', 'monitoring', 'generateDigest', { date: TODAY })).code).toBe('FORBIDDEN')
    expect((await o.callError('archivista', 'monitoring', 'sendDigest', { digestId: 1, destinationId: 1 })).code).toBe('FORBIDDEN')
    expect(await auditCount(o)).toBe(before)
    expect((await o.callError('jefe', 'monitoring', 'sendDigest', { digestId: 99, destinationId: 1 })).code).toBe('NOT_FOUND')
  })
})
