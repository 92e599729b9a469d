import { z } from 'zod'
import { ROLES, type Role } from '../domain/roles'
import { Empty, requiredText } from './common'
import { method } from './define'

export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, 'El usuario debe tener al menos 3 caracteres.')
  .max(40, 'El usuario admite como máximo 40 caracteres.')
  .regex(/^[a-z0-9._-]+$/, 'El usuario solo admite letras sin tilde, números, punto, guion y guion bajo.')

export const NewPassword = z
  .string()
  .min(8, 'La contraseña debe tener al menos 8 caracteres.')
  .max(200, 'La contraseña es demasiado larga.')

export const RoleSchema = z.enum(ROLES, { message: 'Seleccione un rol válido.' })

export interface SessionUser {
  id: number
  username: string
  fullName: string
  role: Role
  /** Jefe, or holder of a delegation active today. */
  canApprove: boolean
  /** Last day of the active delegation, when approval comes from one. */
  delegationEndsOn: string | null
}

export interface AppStatus {
  initialized: boolean
  entityName: string | null
  officeName: string | null
  session: SessionUser | null
}

export interface DemoAccounts {
  password: string
  accounts: { username: string; fullName: string; role: Role }[]
}

export const appContract = {
  status: method(Empty, { public: true }).returns<AppStatus>(),
  setup: method(
    z.object({
      entityName: requiredText('El nombre de la entidad'),
      officeName: requiredText('El nombre de la oficina'),
      jefe: z.object({
        fullName: requiredText('El nombre completo'),
        username: Username,
        password: NewPassword
      })
    }),
    { public: true }
  ).returns<SessionUser>(),
  loadDemo: method(Empty, { public: true }).returns<DemoAccounts>()
}

export const authContract = {
  login: method(
    z.object({
      username: z.string().trim().toLowerCase().min(1, 'Escriba su usuario.'),
      password: z.string().min(1, 'Escriba su contraseña.')
    }),
    { public: true }
  ).returns<SessionUser>(),
  logout: method(Empty).returns<null>(),
  changePassword: method(
    z.object({ current: z.string().min(1, 'Escriba su contraseña actual.'), next: NewPassword })
  ).returns<null>()
}
