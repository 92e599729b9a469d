/** Messages between the export engine (main) and its worker thread. Types only: the worker imports nothing relative at run time. */

export interface PayloadItem {
  assetId: number
  /** What the person reads in an error: the asset's title or original name. */
  label: string
  source: string
  /** Path inside the bag, "/"-separated, e.g. "data/foto.jpg". */
  target: string
  /** The catalogue's SHA-256 and size: the master must still match them. */
  sha256: string
  size: number
  /** An XMP packet to write into the copy (JPEG only); the copy's bytes then differ from the master's. */
  embedXmp: string | null
  /** An XMP sidecar beside the copy. */
  sidecar: { target: string; content: string } | null
}

/** A file the worker wrote into the bag, with what it holds. */
export interface WrittenFile {
  target: string
  sha256: string
  size: number
}

export type ExportTask =
  | { type: 'payload'; partialDir: string; items: PayloadItem[] }
  | {
      type: 'finish'
      partialDir: string
      bagDir: string
      /** Small files main composed (metadata, manifests, bag-info): written as they are. */
      texts: { target: string; content: string }[]
      /** Every payload file with the SHA-256 the manifest gives it: re-read and compared before the rename. */
      verify: WrittenFile[]
    }

export type ExportReply =
  | { type: 'progress'; doneFiles: number; doneBytes: number }
  | { type: 'payload-done'; items: { assetId: number; copy: WrittenFile; sidecar: WrittenFile | null; embedded: boolean }[] }
  | { type: 'finished' }
  | { type: 'failed'; message: string; assetId: number | null }
