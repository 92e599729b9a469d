import type { Plugin } from 'vite'
import { API_SCRIPT_PATH } from './paths'

/**
 * Puts the bridge's `window.api` script in the renderer's page, after the CSP meta and before the
 * module entry runs (a classic script runs as soon as it is parsed; module scripts wait).
 *
 * The page keeps the CSP of src/renderer/index.html in the build and in the dev server alike.
 * In dev, React Refresh's inline preamble still runs because Vite puts it at the very top of
 * <head>, ahead of the CSP meta, and a meta policy only governs what comes after it.
 */
export function bridgeApiPlugin(): Plugin {
  return {
    name: 'pauta-bridge-api',
    transformIndexHtml: () => [{ tag: 'script', attrs: { src: API_SCRIPT_PATH }, injectTo: 'head' }]
  }
}
