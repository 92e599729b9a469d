import { dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron'
import type { Host } from '../core/host'
import { assetUrl, mediaUrl } from './security'

/** The desktop around the domain code: native file picker and the pauta-media protocol. */
export function createElectronHost(currentWindow: () => BrowserWindow | null): Host {
  return {
    async pickFiles({ title, filters }) {
      const options: OpenDialogOptions = {
        title,
        buttonLabel: 'Seleccionar',
        properties: ['openFile', 'multiSelections'],
        ...(filters ? { filters } : {})
      }
      const window = currentWindow()
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
      return result.canceled ? [] : result.filePaths
    },
    async chooseSaveLocation({ title, defaultName, filters }) {
      const options: SaveDialogOptions = { title, defaultPath: defaultName, buttonLabel: 'Guardar', ...(filters ? { filters } : {}) }
      const window = currentWindow()
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async chooseFolder({ title }) {
      const options: OpenDialogOptions = { title, buttonLabel: 'Elegir carpeta', properties: ['openDirectory', 'createDirectory'] }
      const window = currentWindow()
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    mediaUrl,
    assetUrl
  }
}
