import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'

/** A short Spanish menu: the keyboard shortcuts people expect, nothing that reaches outside. */
export function installMenu(options: { dev: boolean; dataDir: string; currentWindow: () => BrowserWindow | null }): void {
  const view: MenuItemConstructorOptions[] = [
    ...(options.dev
      ? ([
          { role: 'reload', label: 'Recargar' },
          { role: 'toggleDevTools', label: 'Herramientas de desarrollo' },
          { type: 'separator' }
        ] satisfies MenuItemConstructorOptions[])
      : []),
    { role: 'resetZoom', label: 'Tamaño normal' },
    { role: 'zoomIn', label: 'Acercar' },
    { role: 'zoomOut', label: 'Alejar' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Pantalla completa' }
  ]
  const template: MenuItemConstructorOptions[] = [
    { label: 'Archivo', submenu: [{ role: 'quit', label: 'Salir' }] },
    {
      label: 'Editar',
      submenu: [
        { role: 'undo', label: 'Deshacer' },
        { role: 'redo', label: 'Rehacer' },
        { type: 'separator' },
        { role: 'cut', label: 'Cortar' },
        { role: 'copy', label: 'Copiar' },
        { role: 'paste', label: 'Pegar' },
        { role: 'selectAll', label: 'Seleccionar todo' }
      ]
    },
    { label: 'Ver', submenu: view },
    {
      label: 'Ayuda',
      submenu: [{ label: 'Acerca de Pauta', click: () => void showAbout(options.dataDir, options.currentWindow()) }]
    }
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}

async function showAbout(dataDir: string, window: BrowserWindow | null): Promise<void> {
  const options = {
    type: 'info' as const,
    title: 'Acerca de Pauta',
    message: `Pauta ${app.getVersion()}`,
    detail:
      'Gestión de la Oficina de Comunicaciones: plan, solicitudes, piezas y aprobaciones. ' +
      `Funciona sin conexión a internet.\n\nSus datos se guardan en:\n${dataDir}`,
    buttons: ['Cerrar']
  }
  if (window) await dialog.showMessageBox(window, options)
  else await dialog.showMessageBox(options)
}
