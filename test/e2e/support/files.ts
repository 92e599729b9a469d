import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { slug } from '../../../src/main/demo/content'
import { posterSvg } from '../../../src/main/demo/poster'

// An 8×8 solid green PNG: the smallest real image a design version can hold.
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR42mPgjrXGihiGlgQA4KkoweU94QQAAAAASUVORK5CYII=',
  'base64'
)

/** Writes an SVG poster titled `title` into `dir` (e.g. a PautaPage's scratchDir) and returns its path. */
export function writeSamplePoster(dir: string, title: string, version = 1): string {
  const path = join(dir, `${slug(title)}-v${version}.svg`)
  writeFileSync(path, posterSvg({ title, kicker: 'Pieza gráfica', footer: 'Prueba de Pauta', version }, version))
  return path
}

/** Writes a tiny PNG named `fileName` into `dir` and returns its path. */
export function writeSamplePng(dir: string, fileName: string): string {
  const path = join(dir, fileName)
  writeFileSync(path, TINY_PNG)
  return path
}
