import { ipcMain } from 'electron'
import { channelOf, methodList } from '../../shared/contract'
import type { Envelope } from '../../shared/errors'
import type { Dispatch } from '../core/dispatcher'
import { isTrustedSender, type AppLocation } from './security'

const UNTRUSTED_SENDER: Envelope<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Esta página no puede comunicarse con Pauta.' }
}

/**
 * One handler per contract method. The client id is the window's webContents id, so each
 * window has its own session, and calls from any page other than Pauta's own are refused.
 */
export function registerIpc(dispatch: Dispatch, location: AppLocation): void {
  for (const { domain, name } of methodList()) {
    ipcMain.handle(channelOf(domain, name), (event, payload: unknown) => {
      const frame = event.senderFrame
      const sender = frame ? { url: frame.url, isTopFrame: frame.parent === null } : null
      if (!isTrustedSender(sender, location)) return UNTRUSTED_SENDER
      return dispatch(String(event.sender.id), domain, name, payload)
    })
  }
}
