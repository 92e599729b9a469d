import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  isAllowedExternalUrl,
  isAppUrl,
  isTrustedSender,
  mediaUrl,
  parseMediaRequest
} from '../../src/main/shell/security'

describe('isAllowedExternalUrl', () => {
  it('opens https links to Colombian government sites', () => {
    expect(isAllowedExternalUrl('https://www.cajica-cundinamarca.gov.co/noticias?id=3#inicio')).toBe(true)
    expect(isAllowedExternalUrl('https://gov.co/')).toBe(true)
    expect(isAllowedExternalUrl('https://WWW.FUNCIONPUBLICA.GOV.CO/')).toBe(true)
  })

  it('refuses everything else', () => {
    for (const url of [
      'http://www.cajica-cundinamarca.gov.co/',
      'https://evil.com/',
      'https://gov.co.evil.com/',
      'https://evilgov.co/',
      'https://www.gov.com/',
      'https://user:clave@www.gov.co/',
      'https://www.gov.co:8443/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'pauta-media://files/1',
      'mailto:prensa@cajica.gov.co',
      'no es una url',
      ''
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false)
    }
  })
})

describe('isAppUrl', () => {
  const rendererFile = resolve('/opt/Pauta/resources/app.asar/out/renderer/index.html')
  const built = { rendererFile }

  it("accepts the built renderer's index.html, with any route in the hash", () => {
    const url = pathToFileURL(rendererFile).href
    expect(isAppUrl(url, built)).toBe(true)
    expect(isAppUrl(`${url}#/piezas/12`, built)).toBe(true)
    expect(isAppUrl(`${url}?x=1`, built)).toBe(true)
  })

  it('refuses other files, other hosts and the dev server when not in development', () => {
    expect(isAppUrl(pathToFileURL(join(rendererFile, '..', 'otro.html')).href, built)).toBe(false)
    expect(isAppUrl(pathToFileURL('/tmp/index.html').href, built)).toBe(false)
    expect(isAppUrl(`file://servidor${pathToFileURL(rendererFile).pathname}`, built)).toBe(false)
    expect(isAppUrl('http://localhost:5173/', built)).toBe(false)
    expect(isAppUrl('https://www.gov.co/', built)).toBe(false)
    expect(isAppUrl('about:blank', built)).toBe(false)
    expect(isAppUrl('data:text/html,<b>x</b>', built)).toBe(false)
    expect(isAppUrl('basura', built)).toBe(false)
  })

  it('accepts only the dev server origin in development', () => {
    const dev = { rendererFile, devServerUrl: 'http://localhost:5173' }
    expect(isAppUrl('http://localhost:5173/#/plan', dev)).toBe(true)
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isAppUrl('http://127.0.0.1:5173/', dev)).toBe(false)
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false)
  })
})

describe('isTrustedSender', () => {
  const location = { rendererFile: resolve('/opt/Pauta/resources/app.asar/out/renderer/index.html') }
  const appUrl = `${pathToFileURL(location.rendererFile).href}#/`

  it("trusts only the app's page in the top frame", () => {
    expect(isTrustedSender({ url: appUrl, isTopFrame: true }, location)).toBe(true)
    expect(isTrustedSender({ url: appUrl, isTopFrame: false }, location)).toBe(false)
    expect(isTrustedSender({ url: 'https://www.gov.co/', isTopFrame: true }, location)).toBe(false)
    expect(isTrustedSender(null, location)).toBe(false)
  })
})

describe('parseMediaRequest', () => {
  it('reads the id of pauta-media://files/<id>', () => {
    expect(parseMediaRequest('pauta-media://files/1')).toBe(1)
    expect(parseMediaRequest(mediaUrl(4821))).toBe(4821)
    expect(parseMediaRequest('pauta-media://files/77#t=10')).toBe(77)
  })

  it('refuses anything that is not a plain positive id under files/', () => {
    for (const url of [
      'pauta-media://files/0',
      'pauta-media://files/-3',
      'pauta-media://files/01',
      'pauta-media://files/1.5',
      'pauta-media://files/1/2',
      'pauta-media://files/1%2F2',
      'pauta-media://files/%31',
      'pauta-media://files/',
      'pauta-media://otro/1',
      'pauta-media://files:8080/1',
      'pauta-media://files/99999999999999999',
      'https://files/1',
      'file:///files/1',
      'nada'
    ]) {
      expect(parseMediaRequest(url), url).toBeNull()
    }
  })
})

describe('content security policy', () => {
  it("is exactly the renderer's meta tag", () => {
    const html = readFileSync(resolve('src/renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY)
  })

  it('allows scripts only from the app itself and never plugins, frames or base changes', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]))
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('frame-src')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
  })
})
