import { join } from 'node:path'
import { app, dialog, session, type BrowserWindow } from 'electron'
import { DatabaseDamagedError, findLatestGoodBackup, restoreBackupAtStart } from './backups/integrity'
import { startCore, type RunningCore } from './core/create-core'
import { resolveDataDir } from './core/data-dir'
import { createElectronHost } from './shell/host'
import { registerIpc } from './shell/ipc'
import { installMenu } from './shell/menu'
import { registerMediaScheme, serveMedia } from './shell/protocol'
import type { AppLocation } from './shell/security'
import { damagedDatabaseQuestion, restoredNotice } from './shell/damaged-database'
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
    const started = await startOrRecover(() => startCore({ dataDir, host: createElectronHost(() => window), background: true }))
    if (!started) {
      app.exit(0)
      return
    }
    // startCore cleared the temporary folder (crash leftovers) before starting background work.
    running = started
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

/**
 * Starts the core; when the database is damaged and a good backup exists, asks whether to restore
 * it (the damaged file is kept aside) and starts again. Null when the person chose to quit.
 */
async function startOrRecover(start: () => Promise<RunningCore>): Promise<RunningCore | null> {
  try {
    return await start()
  } catch (error) {
    if (!(error instanceof DatabaseDamagedError)) throw error
    const backup = await findLatestGoodBackup(dataDir)
    if (!backup) throw error
    const question = damagedDatabaseQuestion(dataDir, backup.takenAt)
    const answer = await dialog.showMessageBox({
      type: 'warning',
      title: 'Pauta',
      message: question.message,
      detail: question.detail,
      buttons: question.buttons,
      defaultId: 0,
      cancelId: 1,
      noLink: true
    })
    if (answer.response !== 0) return null
    const restored = await restoreBackupAtStart(dataDir, backup)
    await dialog.showMessageBox({ type: 'info', title: 'Pauta', message: restoredNotice(restored.takenAt, restored.asideDir), buttons: ['Continuar'] })
    return start()
  }
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
