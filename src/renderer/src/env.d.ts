/// <reference types="vite/client" />
import type { RawApi } from '../../shared/contract'

declare global {
  interface Window {
    /** Exposed by the preload (or the test bridge): exactly the contract's methods. */
    api: RawApi
  }
}
