import { z } from 'zod'
import { DISPOSITIONS, type Disposition } from '../domain/retention'
import { ArchiveFilters } from './archive'
import { Empty, Id, IsoDate, optionalText, requiredText } from './common'
import { method } from './define'

export interface RetentionSerie {
  id: number
  code: string
  serie: string
  subserie: string
  yearsGestion: number
  yearsCentral: number
  disposition: Disposition
  active: boolean
  assetCount: number
}

export interface DueAsset {
  assetId: number
  title: string
  originalName: string
  serieId: number
  serieCode: string
  serieLabel: string
  disposition: Disposition
  startsOn: string
  /** Date the asset leaves the archivo de gestión (transfer) or reaches final disposition. */
  dueOn: string
}

export interface RetentionDue {
  asOf: string
  transfer: DueAsset[]
  disposition: DueAsset[]
}

const Years = (label: string) =>
  z
    .number({ error: `Escriba los años de ${label}.` })
    .int(`Los años de ${label} son un número entero.`)
    .min(0, `Los años de ${label} no pueden ser negativos.`)
    .max(100, `Los años de ${label} admiten como máximo 100.`)

/** A batch from the Archivo: the selected assets, up to a large search result. */
const AssetIds = z.array(Id).min(1, 'Elija al menos un material.').max(5000)

export const retentionContract = {
  series: method(Empty).returns<RetentionSerie[]>(),
  saveSerie: method(
    z.object({
      id: Id.optional(),
      code: requiredText('El código', 30).regex(/^[0-9A-Za-z.\-]+$/, 'El código admite números, letras, puntos y guiones (p. ej. 110.25).'),
      serie: requiredText('La serie', 200),
      subserie: optionalText('La subserie', 200),
      yearsGestion: Years('archivo de gestión'),
      yearsCentral: Years('archivo central'),
      disposition: z.enum(DISPOSITIONS, { error: 'Elija la disposición final.' }),
      active: z.boolean().default(true)
    })
  ).returns<RetentionSerie>(),
  /** Assigns a serie to the given assets; the retention runs from `startsOn` or each asset's date. */
  assign: method(z.object({ assetIds: AssetIds, serieId: Id, startsOn: IsoDate.optional() })).returns<{ assigned: number }>(),
  /** Assigns a serie to every asset matching the Archivo's search filters. */
  assignMatching: method(z.object({ filters: ArchiveFilters.default({}), serieId: Id, startsOn: IsoDate.optional() })).returns<{ assigned: number }>(),
  unassign: method(z.object({ assetIds: AssetIds })).returns<{ unassigned: number }>(),
  due: method(z.object({ asOf: IsoDate.optional() }).default({})).returns<RetentionDue>()
}
