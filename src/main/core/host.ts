/**
 * What the domain code needs from the desktop around it. The Electron shell implements it with
 * dialogs and the pauta-media protocol; tests and the browser bridge implement it without Electron.
 */
export interface Host {
  /** Lets the user choose files; resolves to absolute paths, empty when cancelled. */
  pickFiles(options: { title: string; filters?: { name: string; extensions: string[] }[] }): Promise<string[]>
  /** "Guardar como": resolves to the absolute path chosen, null when cancelled. */
  chooseSaveLocation(options: { title: string; defaultName: string; filters?: { name: string; extensions: string[] }[] }): Promise<string | null>
  /** Lets the user choose a folder; null when cancelled. */
  chooseFolder(options: { title: string }): Promise<string | null>
  /** The URL under which the renderer may load a stored file. */
  mediaUrl(fileId: number): string
  /** The URL of an archive asset's thumbnail, preview or master (served only for catalogued assets). */
  assetUrl(assetId: number, variant: AssetVariant): string
}

export type AssetVariant = 'thumb' | 'preview' | 'master'

export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }
