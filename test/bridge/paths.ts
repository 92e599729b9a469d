import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root, wherever the bridge is started from. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** Every bridge URL lives under this prefix, so it never collides with a renderer asset. */
export const BRIDGE_PREFIX = '/__pauta'
export const API_SCRIPT_PATH = `${BRIDGE_PREFIX}/api.js`
export const RPC_PREFIX = `${BRIDGE_PREFIX}/rpc/`
export const MEDIA_PREFIX = `${BRIDGE_PREFIX}/media/`
