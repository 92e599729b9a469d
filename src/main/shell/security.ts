import type { AssetVariant } from '../core/host'
import { isAbsolute, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The decisions that keep the window locked down, kept free of Electron so they are tested with Node.
 */

export const MEDIA_SCHEME = 'pauta-media'
const MEDIA_HOST = 'files'

/** Identical to the meta tag in src/renderer/index.html; the shell also sends it as a header. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  `img-src 'self' data: blob: ${MEDIA_SCHEME}:`,
  `media-src 'self' ${MEDIA_SCHEME}:`,
  "font-src 'self' data:",
  // pdf.js fetches the report it previews from pauta-media: and runs in a same-origin worker.
  `connect-src 'self' ${MEDIA_SCHEME}:`,
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'"
].join('; ')

/** Stored files are shown, never run: an SVG opened on its own must not execute scripts. */
export const MEDIA_CONTENT_SECURITY_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"

/** Sites an office link may open in the system browser: the Colombian State's own domains. */
const EXTERNAL_DOMAINS = ['gov.co'] as const

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/** https, no credentials or custom port, and a host under an allowed domain. */
export function isAllowedExternalUrl(url: string): boolean {
  const parsed = parse(url)
  if (!parsed || parsed.protocol !== 'https:') return false
  if (parsed.username || parsed.password || parsed.port) return false
  const host = parsed.hostname.toLowerCase()
  return EXTERNAL_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`))
}

export interface AppLocation {
  /** electron-vite's dev server (ELECTRON_RENDERER_URL); absent in a built app. */
  devServerUrl?: string
  /** Absolute path of the built renderer's index.html. */
  rendererFile: string
}

/** Whether `url` is Pauta's own page: the built index.html, or the dev server in development. */
export function isAppUrl(url: string, location: AppLocation): boolean {
  const parsed = parse(url)
  if (!parsed) return false
  if (location.devServerUrl) {
    const dev = parse(location.devServerUrl)
    if (dev && parsed.origin === dev.origin && parsed.origin !== 'null') return true
  }
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false
  let path: string
  try {
    path = fileURLToPath(parsed)
  } catch {
    return false
  }
  if (!isAbsolute(location.rendererFile)) return false
  return samePath(path, resolve(location.rendererFile))
}

/** What the IPC layer knows about the frame behind a call; null once that frame is gone. */
export interface SenderFrame {
  url: string
  isTopFrame: boolean
}

/** Only Pauta's own page, in the window's top frame, may call into main. */
export function isTrustedSender(frame: SenderFrame | null, location: AppLocation): boolean {
  return frame !== null && frame.isTopFrame && isAppUrl(frame.url, location)
}

function samePath(a: string, b: string): boolean {
  // Windows paths are case-insensitive and Chromium may report the drive letter in either case.
  return process.platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b
}

/** The stored file id in `pauta-media://files/<id>`, or null for anything else. */
export function parseMediaRequest(url: string): number | null {
  const parsed = parse(url)
  if (!parsed || parsed.protocol !== `${MEDIA_SCHEME}:` || parsed.host !== MEDIA_HOST) return null
  if (parsed.username || parsed.password || parsed.port) return null
  const match = /^\/([1-9][0-9]{0,15})$/.exec(parsed.pathname)
  if (!match) return null
  const id = Number(match[1])
  return Number.isSafeInteger(id) ? id : null
}

export const mediaUrl = (fileId: number): string => `${MEDIA_SCHEME}://${MEDIA_HOST}/${fileId}`

/** Archive assets live under their own host: `pauta-media://assets/<id>/<thumb|preview|master>`. */
export const ASSET_MEDIA_HOST = 'assets'
export const assetUrl = (assetId: number, variant: AssetVariant): string => `${MEDIA_SCHEME}://${ASSET_MEDIA_HOST}/${assetId}/${variant}`

const ASSET_VARIANTS: readonly AssetVariant[] = ['thumb', 'preview', 'master']

/** The asset id and variant in `pauta-media://assets/<id>/<thumb|preview|master>`, or null for anything else. */
export function parseAssetMediaRequest(url: string): { assetId: number; variant: AssetVariant } | null {
  const parsed = parse(url)
  if (!parsed || parsed.protocol !== `${MEDIA_SCHEME}:` || parsed.host !== ASSET_MEDIA_HOST) return null
  if (parsed.username || parsed.password || parsed.port) return null
  const match = /^\/([1-9][0-9]{0,15})\/([a-z]+)$/.exec(parsed.pathname)
  if (!match) return null
  const assetId = Number(match[1])
  const variant = ASSET_VARIANTS.find((v) => v === match[2])
  return Number.isSafeInteger(assetId) && variant ? { assetId, variant } : null
}
