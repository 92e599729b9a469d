import { copyFileSync, existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { archiveCacheDir } from '../../src/main/archive/storage'
import { previewable } from '../../src/main/ingest/kinds'
import { xmpThumbnails } from '../../src/main/ingest/previews/postscript'
import { embeddedJpegs } from '../../src/main/ingest/previews/raw'
import { render } from '../../src/main/ingest/previews/render'
import { BLUE, GREEN, RED, makeAi, makeDng, makeDosEps, makePdf, makePsd, makeRaf, patternJpeg, xmpWithThumbnail } from '../fixtures/archive/embedded-previews'
import { settle, useIngestOffice, writeFile } from './ingest-support'

const setup = useIngestOffice()

const HEIC_FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'archive', 'heic', 'patron.heic')

/** The colour at a fraction of the image's width and height. */
async function colourAt(image: Buffer, fx: number, fy: number): Promise<number[]> {
  const { data, info } = await sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true })
  const at = (Math.floor(fy * info.height) * info.width + Math.floor(fx * info.width)) * 3
  return [data[at]!, data[at + 1]!, data[at + 2]!]
}

function expectColour(actual: number[], expected: readonly number[]): void {
  for (const [i, v] of expected.entries()) expect(Math.abs(actual[i]! - v), `${actual.join(',')} ≈ ${expected.join(',')}`).toBeLessThan(45)
}

/** The pattern turned a quarter clockwise (EXIF orientation 6): red on top, green bottom-left, blue bottom-right. */
async function expectQuarterTurn(image: Buffer): Promise<void> {
  expectColour(await colourAt(image, 0.5, 0.2), RED)
  expectColour(await colourAt(image, 0.25, 0.8), GREEN)
  expectColour(await colourAt(image, 0.75, 0.8), BLUE)
}

/** The pattern as drawn: red left, blue top-right, green bottom-right. */
async function expectUpright(image: Buffer): Promise<void> {
  expectColour(await colourAt(image, 0.2, 0.5), RED)
  expectColour(await colourAt(image, 0.75, 0.25), BLUE)
  expectColour(await colourAt(image, 0.75, 0.75), GREEN)
}

describe('preview decoders', () => {
  it('applies each EXIF orientation given by a container as sharp applies the image’s own', async () => {
    for (let orientation = 1; orientation <= 8; orientation++) {
      const bare = await patternJpeg(60, 40)
      const tagged = await patternJpeg(60, 40, orientation)
      const fromContainer = await render({ input: bare, orientation })
      const fromExif = await render({ input: tagged })
      expect([fromContainer.width, fromContainer.height], `orientation ${orientation}`).toEqual([fromExif.width, fromExif.height])
      for (const [fx, fy] of [[0.1, 0.1], [0.9, 0.1], [0.1, 0.9], [0.9, 0.9]] as const) {
        expectColour(await colourAt(fromContainer.preview, fx, fy), await colourAt(fromExif.preview, fx, fy))
      }
    }
  })

  it('finds every embedded JPEG in a RAW, largest first, and skips lossless sensor data and false starts', async () => {
    const preview = await patternJpeg(300, 200)
    const thumbnail = await patternJpeg(80, 60)
    const found = embeddedJpegs(await makeDng(preview, 1, thumbnail))
    expect(found.map((j) => j.length)).toEqual([preview.length, thumbnail.length])
    expect(found[0]!.equals(preview)).toBe(true)
  })

  it('reads XMP thumbnails written as an element or an attribute, with Illustrator’s line breaks', async () => {
    const jpeg = await patternJpeg(40, 30)
    const asAttribute = `<rdf:li xmpGImg:width="40" xmpGImg:image="${jpeg.toString('base64').replace(/(.{60})/g, '$1&#xA;')}"/>`
    const found = xmpThumbnails(Buffer.from(`${xmpWithThumbnail(jpeg, 40, 30)}\n${asAttribute}\n<xmpGImg:image>bm8gZXMgSlBFRw==</xmpGImg:image>`))
    expect(found).toHaveLength(2)
    for (const thumb of found) expect(thumb.equals(jpeg)).toBe(true)
  })

  it('queues the preview pass for RAW, HEIC, PSD, AI, EPS and PDF but not for other documents', () => {
    for (const name of ['a.NEF', 'a.cr3', 'a.dng', 'a.HEIC', 'a.psd', 'a.psb', 'a.ai', 'a.eps', 'a.pdf', 'a.jpg']) expect(previewable(name, 'foto'), name).toBe(true)
    for (const name of ['a.docx', 'a.indd', 'a.txt']) expect(previewable(name, 'documento'), name).toBe(false)
  })
})

describe('ingest: previews from embedded images and other decoders', () => {
  it('makes WebP previews of RAW, HEIC, PSD, AI and PDF files; a damaged one stays catalogued without preview', async () => {
    const { t, src } = await setup()
    writeFile(src, 'raw/IMG_0001.DNG', await makeDng(await patternJpeg(1200, 800), 6, await patternJpeg(160, 120)))
    writeFile(src, 'raw/DSCF0002.RAF', makeRaf(await patternJpeg(600, 400, 6)))
    writeFile(src, 'raw/dañado.nef', Buffer.concat([Buffer.from('MM\0*\0\0\0\x08', 'latin1'), Buffer.alloc(3000, 0x11)]))
    copyFileSync(HEIC_FIXTURE, join(src, 'IMG_0003.HEIC'))
    writeFile(src, 'dañada.heic', Buffer.concat([Buffer.from('\0\0\0\x18ftypheic\0\0\0\0mif1heic', 'latin1'), Buffer.alloc(500, 0x42)]))
    writeFile(src, 'diseño/afiche.psd', await makePsd(300, 200))
    writeFile(src, 'diseño/sin-compuesto.psd', await makePsd(300, 200, { blankWithThumbnail: await patternJpeg(150, 100) }))
    writeFile(src, 'diseño/dañado.psd', Buffer.concat([(await makePsd(300, 200)).subarray(0, 40), Buffer.alloc(200, 0xee)]))
    writeFile(src, 'diseño/gran-formato.psb', await makePsd(240, 160, { psb: true }))
    writeFile(src, 'diseño/logo.ai', makeAi(xmpWithThumbnail(await patternJpeg(200, 132), 200, 132)))
    writeFile(src, 'diseño/sello.eps', makeDosEps(await sharp(await patternJpeg(180, 120)).tiff().toBuffer()))
    writeFile(src, 'diseño/folleto.ai', await makePdf(300, 500))
    writeFile(src, 'diseño/sin-vista.eps', makeAi(''))
    writeFile(src, 'documentos/afiche.pdf', await makePdf(300, 500))
    writeFile(src, 'documentos/dañado.pdf', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF', 'latin1'))

    const job = await t.call('archivista', 'ingest', 'start', { sourcePath: src, mode: 'referenciar' })
    await settle(t.core)
    const done = await t.call('archivista', 'ingest', 'get', { id: job.id })
    expect(done).toMatchObject({ state: 'terminada', totalFiles: 15, catalogued: 15, failed: 0, previewsPending: 0 })
    // A missing embedded preview is no fault of the file: nothing is reported for it.
    expect(done.failures.filter((f) => /vista previa/.test(f.reason))).toEqual([])

    const rows = await t.core.db.selectFrom('assets').selectAll().execute()
    const byName = (name: string) => rows.find((a) => a.original_name === name)!
    const cached = (rel: string | null) => readFileSync(join(archiveCacheDir(t.dir), rel!))
    const expectPreview = async (name: string, width: number, height: number): Promise<Buffer> => {
      const asset = byName(name)
      expect(asset.preview_state, name).toBe('lista')
      const preview = cached(asset.preview_path)
      const thumb = cached(asset.thumb_path)
      expect(await sharp(preview).metadata(), name).toMatchObject({ format: 'webp', width, height })
      const thumbMeta = await sharp(thumb).metadata()
      expect(thumbMeta.format).toBe('webp')
      expect(Math.max(thumbMeta.width, thumbMeta.height)).toBe(Math.min(320, Math.max(width, height)))
      return preview
    }

    // RAW: the largest embedded JPEG, turned by the orientation IFD0 records.
    const dng = byName('IMG_0001.DNG')
    expect(dng).toMatchObject({ kind: 'foto', camera: 'Canon EOS R6', width: 800, height: 1200 })
    await expectQuarterTurn(await expectPreview('IMG_0001.DNG', 800, 1200))
    // RAF: the JPEG's own EXIF orientation.
    await expectQuarterTurn(await expectPreview('DSCF0002.RAF', 400, 600))

    // HEVC HEIC, which sharp's own libvips cannot decode.
    expect(byName('IMG_0003.HEIC')).toMatchObject({ width: 96, height: 64 })
    await expectUpright(await expectPreview('IMG_0003.HEIC', 96, 64))

    await expectUpright(await expectPreview('afiche.psd', 300, 200))
    // No composite (saved without "Maximize compatibility"): the thumbnail resource.
    await expectUpright(await expectPreview('sin-compuesto.psd', 150, 100))

    await expectUpright(await expectPreview('gran-formato.psb', 240, 160))

    await expectUpright(await expectPreview('logo.ai', 200, 132))
    await expectUpright(await expectPreview('sello.eps', 180, 120))
    // A PDF-compatible .ai renders its artwork, and a PDF its first page, at most 1,600 px.
    await expectUpright(await expectPreview('folleto.ai', 960, 1600))
    expect(byName('afiche.pdf')).toMatchObject({ kind: 'documento', width: 960, height: 1600 })
    await expectUpright(await expectPreview('afiche.pdf', 960, 1600))

    for (const name of ['dañado.nef', 'dañada.heic', 'dañado.psd', 'sin-vista.eps', 'dañado.pdf']) {
      const asset = byName(name)
      expect(asset, name).toMatchObject({ preview_state: 'no_disponible', preview_path: null })
      expect(existsSync(join(archiveCacheDir(t.dir), asset.sha256.slice(0, 2), `${asset.sha256}-preview.webp`)), name).toBe(false)
    }
  })
})
