import { z } from 'zod'
import { CATALOGUE_KINDS, type CatalogueKind } from '../domain/catalogues'
import type { Role } from '../domain/roles'
import { Empty, Id, IsoDate, optionalText, requiredText } from './common'
import { NewPassword, RoleSchema, Username } from './app'
import { method } from './define'

export interface UserRow {
  id: number
  username: string
  fullName: string
  role: Role
  email: string
  active: boolean
  createdAt: string
}

export interface Delegation {
  id: number
  delegateId: number
  delegateName: string
  startsOn: string
  endsOn: string
  note: string
  revokedAt: string | null
  /** In force today (dates include both ends, not revoked). */
  activeNow: boolean
  createdAt: string
}

export interface EntitySettings {
  entityName: string
  officeName: string
  city: string
  nit: string
}

export interface CatalogueItem {
  id: number
  kind: CatalogueKind
  name: string
  active: boolean
}

const Email = z
  .string()
  .trim()
  .max(200)
  .refine((s) => s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s), 'Escriba un correo electrónico válido.')
  .default('')

export const usersContract = {
  list: method(Empty).returns<UserRow[]>(),
  create: method(
    z.object({
      username: Username,
      fullName: requiredText('El nombre completo'),
      role: RoleSchema,
      email: Email,
      password: NewPassword
    })
  ).returns<UserRow>(),
  update: method(
    z.object({
      id: Id,
      fullName: requiredText('El nombre completo'),
      role: RoleSchema,
      email: Email,
      active: z.boolean()
    })
  ).returns<UserRow>(),
  resetPassword: method(z.object({ id: Id, password: NewPassword })).returns<null>()
}

export const delegationsContract = {
  list: method(Empty).returns<Delegation[]>(),
  create: method(
    z
      .object({
        delegateId: Id,
        startsOn: IsoDate,
        endsOn: IsoDate,
        note: optionalText('La nota', 500)
      })
      .refine((d) => d.endsOn >= d.startsOn, {
        message: 'La fecha final no puede ser anterior a la fecha inicial.',
        path: ['endsOn']
      })
  ).returns<Delegation>(),
  revoke: method(z.object({ id: Id })).returns<Delegation>()
}

export const settingsContract = {
  get: method(Empty).returns<EntitySettings>(),
  update: method(
    z.object({
      entityName: requiredText('El nombre de la entidad'),
      officeName: requiredText('El nombre de la oficina'),
      city: optionalText('El municipio', 120),
      nit: optionalText('El NIT', 40)
    })
  ).returns<EntitySettings>()
}

export const CatalogueKindSchema = z.enum(CATALOGUE_KINDS, { message: 'Catálogo no válido.' })

export const cataloguesContract = {
  list: method(z.object({ kind: CatalogueKindSchema.optional() }).default({})).returns<CatalogueItem[]>(),
  create: method(z.object({ kind: CatalogueKindSchema, name: requiredText('El nombre', 120) })).returns<CatalogueItem>(),
  update: method(
    z.object({ id: Id, name: requiredText('El nombre', 120), active: z.boolean() })
  ).returns<CatalogueItem>()
}
