import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron'
import type { Host } from '../core/host'
import { mediaUrl } from './security'

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
    mediaUrl
  }
}
