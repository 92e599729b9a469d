import { join } from 'node:path'
import { app, dialog, session, type BrowserWindow } from 'electron'
import { startCore, type RunningCore } from './core/create-core'
import { resolveDataDir } from './core/data-dir'
import { removeTemporaryFiles } from './files'
import { createElectronHost } from './shell/host'
import { registerIpc } from './shell/ipc'
import { installMenu } from './shell/menu'
import { registerMediaScheme, serveMedia } from './shell/protocol'
import type { AppLocation } from './shell/security'
import { startupErrorMessage } from './shell/startup-error'
import { createMainWindow, lockDownSession } from './shell/window'

app.setName('Pauta')
const defaultUserData = app.getPath('userData')
const dataDir = resolveDataDir(process.argv, process.env, defaultUserData)
// A data folder chosen by flag or variable also gets its own Chromium profile and instance lock,
// so a second office folder (or a test) runs beside the everyday one without sharing sessions.
if (dataDir !== join(defaultUserData, 'datos')) app.setPath('userData', join(dataDir, 'perfil'))

registerMediaScheme()

if (app.requestSingleInstanceLock()) void run()
else app.quit()

async function run(): Promise<void> {
  let window: BrowserWindow | null = null
  app.on('second-instance', () => {
    if (!window) return
    if (window.isMinimized()) window.restore()
    window.focus()
  })
  await app.whenReady()

  let running: RunningCore
  try {
    running = await startCore({ dataDir, host: createElectronHost(() => window) })
    // Nothing is importing yet: whatever sits in the temporary folder was cut off by a crash.
    await removeTemporaryFiles(running.core.filesDir)
  } catch (error) {
    console.error(error)
    dialog.showErrorBox('Pauta no pudo iniciar', startupErrorMessage(dataDir, error))
    app.exit(1)
    return
  }
  closeOnQuit(running)

  // The dev server is trusted only in an unpackaged checkout: an installed Pauta loads its own files.
  const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
  const location: AppLocation = {
    rendererFile: join(import.meta.dirname, '../renderer/index.html'),
    ...(devServerUrl ? { devServerUrl } : {})
  }
  lockDownSession(session.defaultSession, location)
  serveMedia(running.core)
  registerIpc(running.dispatch, location)
  installMenu({ dev: !app.isPackaged, dataDir, currentWindow: () => window })

  window = createMainWindow(location, join(import.meta.dirname, '../preload/index.cjs'))
  const clientId = String(window.webContents.id)
  window.webContents.once('destroyed', () => running.core.sessions.signOut(clientId))
  window.on('closed', () => {
    window = null
  })
  app.on('window-all-closed', () => app.quit())
}

function closeOnQuit(running: RunningCore): void {
  let closed = false
  app.on('will-quit', (event) => {
    if (closed) return
    event.preventDefault()
    closed = true
    running.close().then(
      () => app.quit(),
      (error: unknown) => {
        console.error(error)
        app.exit(1)
      }
    )
  })
}
