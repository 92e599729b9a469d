import { z } from 'zod'

export const Id = z.number().int().positive()

/** Calendar date as the ISO "aaaa-mm-dd" string (the UI shows dd/mm/aaaa). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Escriba una fecha válida (dd/mm/aaaa).')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'La fecha no existe en el calendario.')

/** Date and time with offset, ISO 8601. */
export const IsoDateTime = z.iso.datetime({ offset: true, message: 'Escriba una fecha y hora válidas.' })

export const requiredText = (label: string, max = 200) =>
  z
    .string()
    .trim()
    .min(1, `${label} es obligatorio.`)
    .max(max, `${label} admite como máximo ${max} caracteres.`)

export const optionalText = (label: string, max = 2000) =>
  z.string().trim().max(max, `${label} admite como máximo ${max} caracteres.`).default('')

export const IdList = z.array(Id).max(50).default([])

export const Empty = z.object({}).strict().default({})

export interface AuditEntry {
  id: number
  at: string
  actorId: number | null
  actorName: string | null
  action: string
  entityType: string
  entityId: number | null
  summary: string
  details: Record<string, unknown> | null
}
