import { protocol } from 'electron'
import type { Core } from '../core/context'
import { handleMediaRequest } from './media'
import { MEDIA_SCHEME } from './security'

/** Must run before the app is ready: Chromium fixes scheme privileges at start-up. */
export function registerMediaScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: MEDIA_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, corsEnabled: true } }
  ])
}

export function serveMedia(core: Core): void {
  protocol.handle(MEDIA_SCHEME, (request) => handleMediaRequest(core, request))
}
