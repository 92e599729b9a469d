import type { AssetVariant, Host } from '../../src/main/core/host'
import { MEDIA_PREFIX } from './paths'

/**
 * The Host of the browser bridge. There is no system file dialog in a browser run: the picker
 * answers with the next batch a test queued, or else with the standing files dev:browser was
 * started with (empty, like a cancelled dialog, when there are none).
 */
export class BridgeHost implements Host {
  private readonly queued: string[][] = []

  constructor(private readonly standingPicks: readonly string[] = []) {}

  /** The next file dialog "chooses" these absolute paths. */
  queuePickedFiles(paths: readonly string[]): void {
    this.queued.push([...paths])
  }

  async pickFiles(): Promise<string[]> {
    return this.queued.shift() ?? [...this.standingPicks]
  }

  private readonly savePaths: (string | null)[] = []
  private readonly folders: (string | null)[] = []

  /** The next "Guardar como" dialog answers this path (null: cancelled). */
  queueSavePath(path: string | null): void {
    this.savePaths.push(path)
  }

  /** The next folder dialog answers this folder (null: cancelled). */
  queueFolder(path: string | null): void {
    this.folders.push(path)
  }

  async chooseSaveLocation(): Promise<string | null> {
    return this.savePaths.shift() ?? null
  }

  async chooseFolder(): Promise<string | null> {
    return this.folders.shift() ?? null
  }

  mediaUrl(fileId: number): string {
    return `${MEDIA_PREFIX}${fileId}`
  }

  assetUrl(assetId: number, variant: AssetVariant): string {
    return `${MEDIA_PREFIX}assets/${assetId}/${variant}`
  }
}
