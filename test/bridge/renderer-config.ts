import type { InlineConfig } from 'vite'
import electronViteConfig from '../../electron.vite.config'
import { bridgeApiPlugin } from './vite-plugin'

/**
 * Vite settings for the renderer in a plain browser: the renderer section of
 * electron.vite.config.ts (root, aliases, plugins; its paths resolve against the current
 * directory, so callers run from the repository root) plus the bridge's `window.api` script.
 */
export function rendererViteConfig(mode: 'build' | 'dev', outDir?: string): InlineConfig {
  const renderer = electronViteConfig.renderer
  if (!renderer) throw new Error('electron.vite.config.ts no define la sección renderer.')
  const { build, plugins = [], ...shared } = renderer
  return {
    ...shared,
    configFile: false,
    mode: mode === 'build' ? 'production' : 'development',
    plugins: [...plugins, bridgeApiPlugin()],
    build: {
      rollupOptions: build?.rollupOptions,
      outDir,
      emptyOutDir: true,
      reportCompressedSize: false
    }
  }
}
