import { stat } from 'node:fs/promises'
import { dirname } from 'node:path'
import { masterPath } from '../archive/storage'

export interface CheckedAsset {
  storage_mode: 'copia' | 'referencia'
  master_path: string
  volume_label: string | null
  sha256: string
}

export interface CheckOutcome {
  result: 'ok' | 'cambiado' | 'faltante'
  detail: string
}

type Hasher = (path: string, shouldStop: () => boolean) => Promise<string | null>

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false
  )
}

/** Why a master is not where it should be, said so the archivist knows what to do. */
async function missingDetail(asset: CheckedAsset, path: string | null): Promise<string> {
  if (path === null) return 'La ruta registrada del original no es válida.'
  if (asset.storage_mode === 'referencia' && asset.volume_label && !(await exists(dirname(path)))) {
    return `La unidad «${asset.volume_label}» no está conectada.`
  }
  return asset.storage_mode === 'copia'
    ? 'El original no está en la carpeta del archivo de Pauta.'
    : 'El original no está en la ruta registrada. Si movió la carpeta, use «Reubicar carpeta…».'
}

/** Compares a master on disk with its recorded SHA-256; null when stopped half-way. */
export async function checkMaster(dataDir: string, asset: CheckedAsset, hasher: Hasher, shouldStop: () => boolean): Promise<CheckOutcome | null> {
  const path = masterPath(dataDir, asset)
  const info = path === null ? null : await stat(path).catch(() => null)
  if (path === null || info === null || !info.isFile()) return { result: 'faltante', detail: await missingDetail(asset, path) }
  let digest: string | null
  try {
    digest = await hasher(path, shouldStop)
  } catch {
    return { result: 'faltante', detail: 'El original existe pero no se pudo leer. Revise los permisos del archivo o de la unidad.' }
  }
  if (digest === null) return null
  if (digest === asset.sha256) return { result: 'ok', detail: '' }
  return { result: 'cambiado', detail: 'El contenido del original ya no coincide con el que se catalogó (SHA-256 distinto).' }
}
