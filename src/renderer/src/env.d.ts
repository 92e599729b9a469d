/// <reference types="vite/client" />
import type { RawApi } from '../../shared/contract'

declare global {
  interface Window {
    /** Exposed by the preload (or the test bridge): exactly the contract's methods. */
    api: RawApi
    /**
     * Exposed by the desktop preload only: the path of a file or folder dropped on the window.
     * Undefined in the browser preview, where dropped folders have no path.
     */
    pautaFiles?: { pathForFile(file: File): string }
  }
}
