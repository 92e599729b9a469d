import { extname } from 'node:path'
import type { AssetKind } from '../../shared/domain/archive'
import { EMBEDDED_PREVIEW } from './previews/formats'

const TYPES: Record<string, [AssetKind, string]> = {
  jpg: ['foto', 'image/jpeg'],
  jpeg: ['foto', 'image/jpeg'],
  png: ['foto', 'image/png'],
  tif: ['foto', 'image/tiff'],
  tiff: ['foto', 'image/tiff'],
  heic: ['foto', 'image/heic'],
  heif: ['foto', 'image/heif'],
  webp: ['foto', 'image/webp'],
  gif: ['foto', 'image/gif'],
  avif: ['foto', 'image/avif'],
  dng: ['foto', 'image/x-adobe-dng'],
  cr2: ['foto', 'image/x-canon-cr2'],
  cr3: ['foto', 'image/x-canon-cr3'],
  nef: ['foto', 'image/x-nikon-nef'],
  arw: ['foto', 'image/x-sony-arw'],
  orf: ['foto', 'image/x-olympus-orf'],
  rw2: ['foto', 'image/x-panasonic-rw2'],
  raf: ['foto', 'image/x-fuji-raf'],
  mp4: ['video', 'video/mp4'],
  m4v: ['video', 'video/mp4'],
  mov: ['video', 'video/quicktime'],
  mts: ['video', 'video/mp2t'],
  m2ts: ['video', 'video/mp2t'],
  avi: ['video', 'video/x-msvideo'],
  mkv: ['video', 'video/x-matroska'],
  wmv: ['video', 'video/x-ms-wmv'],
  webm: ['video', 'video/webm'],
  '3gp': ['video', 'video/3gpp'],
  mp3: ['audio', 'audio/mpeg'],
  wav: ['audio', 'audio/wav'],
  m4a: ['audio', 'audio/mp4'],
  aac: ['audio', 'audio/aac'],
  ogg: ['audio', 'audio/ogg'],
  opus: ['audio', 'audio/opus'],
  flac: ['audio', 'audio/flac'],
  wma: ['audio', 'audio/x-ms-wma'],
  psd: ['diseno', 'image/vnd.adobe.photoshop'],
  psb: ['diseno', 'image/vnd.adobe.photoshop'],
  ai: ['diseno', 'application/postscript'],
  eps: ['diseno', 'application/postscript'],
  svg: ['diseno', 'image/svg+xml'],
  indd: ['diseno', 'application/x-indesign'],
  cdr: ['diseno', 'application/x-coreldraw'],
  pdf: ['documento', 'application/pdf'],
  doc: ['documento', 'application/msword'],
  docx: ['documento', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  xls: ['documento', 'application/vnd.ms-excel'],
  xlsx: ['documento', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ppt: ['documento', 'application/vnd.ms-powerpoint'],
  pptx: ['documento', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
  odt: ['documento', 'application/vnd.oasis.opendocument.text'],
  txt: ['documento', 'text/plain'],
  rtf: ['documento', 'application/rtf']
}

/** Kind and MIME type from the file name; unknown extensions are catalogued as "otro". */
export function fileType(name: string): { kind: AssetKind; mime: string } {
  const found = TYPES[extname(name).slice(1).toLowerCase()]
  return found ? { kind: found[0], mime: found[1] } : { kind: 'otro', mime: 'application/octet-stream' }
}

/** Formats libvips (sharp) decodes here as they are. */
const SHARP_READS = new Set(['jpg', 'jpeg', 'png', 'tif', 'tiff', 'webp', 'gif', 'avif', 'svg'])

/** Whether the preview pass can make a thumbnail and preview of this file (for some, from an embedded image). */
export function previewable(name: string, kind: AssetKind): boolean {
  if (kind === 'video') return true
  const ext = extname(name).slice(1).toLowerCase()
  return SHARP_READS.has(ext) || EMBEDDED_PREVIEW.has(ext)
}
