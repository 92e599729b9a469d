import { BrowserWindow, shell, type Session, type WebContents } from 'electron'
import { CONTENT_SECURITY_POLICY, isAllowedExternalUrl, isAppUrl, type AppLocation } from './security'

/**
 * The only window: a sandboxed page with no Node access that can reach main only through the
 * preload's `window.api`, never navigate away, and open nothing but allow-listed links outside.
 */
export function createMainWindow(location: AppLocation, preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Pauta',
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#f8f9fa',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false
    }
  })
  lockDownContents(window.webContents, location)
  window.once('ready-to-show', () => window.show())
  if (location.devServerUrl) void window.loadURL(location.devServerUrl)
  else void window.loadFile(location.rendererFile)
  return window
}

function openOutside(url: string): void {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url)
}

function lockDownContents(contents: WebContents, location: AppLocation): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, location)) return
    event.preventDefault()
    openOutside(event.url)
  })
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, location)) event.preventDefault()
  })
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url)
    return { action: 'deny' }
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** Denies every permission prompt (camera, location, notifications...) and sends the CSP as a header. */
export function lockDownSession(session: Session, location: AppLocation): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  // From the dev server the page's own meta policy governs: Vite injects scripts it must allow.
  if (location.devServerUrl) return
  session.webRequest.onHeadersReceived((details, callback) => {
    if (details.resourceType !== 'mainFrame' && details.resourceType !== 'subFrame') return callback({})
    const headers: Record<string, string[]> = {}
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value
    }
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY]
    callback({ responseHeaders: headers })
  })
}
