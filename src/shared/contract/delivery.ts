import { z } from 'zod'
import type { BackupTier, OutboxState } from '../domain/reports'
import { Empty, Id, optionalText, requiredText } from './common'
import { method } from './define'

export interface Destination {
  id: number
  name: string
  /** Folder: a mapped drive, a UNC path (\\servidor\planeacion\informes) or a USB drive. */
  path: string
  note: string
  active: boolean
  createdAt: string
}

export interface DestinationCheck {
  reachable: boolean
  writable: boolean
  message: string
}

/** What happened to a file sent to a destination. */
export interface DeliveryResult {
  status: 'entregado' | 'en_bandeja'
  /** Full path of the delivered file (its name may carry a suffix when the name was taken). */
  deliveredPath: string | null
  outboxId: number | null
  message: string
}

export interface OutboxItem {
  id: number
  fileName: string
  size: number
  destinationId: number
  destinationName: string
  state: OutboxState
  attempts: number
  lastError: string
  nextAttemptAt: string | null
  deliveredPath: string | null
  createdAt: string
  deliveredAt: string | null
  /** Null for files queued by a scheduled task. */
  createdById: number | null
  createdByName: string
}

export interface ScheduledExport {
  id: number
  /** Only the monthly management report for now, on the first working day of each month. */
  report: 'mensual'
  destinationId: number
  destinationName: string
  active: boolean
  lastRunOn: string | null
  nextRunOn: string
}

export interface BackupItem {
  fileName: string
  tier: BackupTier
  createdAt: string
  size: number
}

export interface BackupStatus {
  folder: string
  /** Also sent through the outbox to this destination, when set. */
  destinationId: number | null
  lastBackupAt: string | null
  lastError: string
  items: BackupItem[]
}

const DestinationFields = z.object({
  name: requiredText('El nombre del destino', 120),
  path: requiredText('La ruta de la carpeta', 1000),
  note: optionalText('La nota', 500),
  active: z.boolean().default(true)
})

export const deliveryContract = {
  destinations: method(Empty).returns<Destination[]>(),
  createDestination: method(DestinationFields).returns<Destination>(),
  updateDestination: method(DestinationFields.extend({ id: Id })).returns<Destination>(),
  /** Opens the system folder picker; null when cancelled. */
  chooseFolder: method(Empty).returns<string | null>(),
  checkDestination: method(z.object({ id: Id })).returns<DestinationCheck>(),
  /** Copies a generated file to a destination, or queues it in the outbox when unreachable. */
  deliver: method(z.object({ fileId: Id, destinationId: Id })).returns<DeliveryResult>(),
  /** Opens the system "Guardar como" dialog and writes the generated file there; null when cancelled. */
  saveAs: method(z.object({ fileId: Id })).returns<string | null>(),
  outbox: method(z.object({ includeDone: z.boolean().default(false) }).default({ includeDone: false })).returns<OutboxItem[]>(),
  retry: method(z.object({ id: Id })).returns<OutboxItem>(),
  cancel: method(z.object({ id: Id })).returns<OutboxItem>(),
  schedules: method(Empty).returns<ScheduledExport[]>(),
  saveSchedule: method(
    z.object({ id: Id.optional(), report: z.literal('mensual'), destinationId: Id, active: z.boolean() })
  ).returns<ScheduledExport>()
}

export const backupsContract = {
  status: method(Empty).returns<BackupStatus>(),
  configure: method(
    z.object({ folder: requiredText('La carpeta de copias', 1000), destinationId: Id.nullable().default(null) })
  ).returns<BackupStatus>(),
  runNow: method(Empty).returns<BackupStatus>(),
  /** Checks the backup's integrity, keeps the current database aside, and replaces it. */
  restore: method(z.object({ fileName: requiredText('El archivo de la copia', 300) })).returns<null>()
}
