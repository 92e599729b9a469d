import type { DomainHandlers } from '../core/handlers'
import { conflict } from '../core/errors'
import { recordAudit } from '../audit/record'
import { hashPassword, verifyPassword } from '../auth/password'
import { login } from '../auth/login'
import { loadDemoData } from '../demo/load'
import { isInitialized, seedCatalogues } from './setup'

const ALREADY = 'Pauta ya está configurado en esta carpeta de datos. Ingrese con su usuario.'

export const appHandlers: DomainHandlers<'app'> = {
  async status(ctx) {
    const settings = await ctx.db.selectFrom('entity_settings').select(['entity_name', 'office_name']).executeTakeFirst()
    return {
      initialized: settings !== undefined,
      entityName: settings?.entity_name ?? null,
      officeName: settings?.office_name ?? null,
      session: ctx.user
    }
  },

  async setup(ctx, input) {
    if (await isInitialized(ctx)) throw conflict(ALREADY)
    const passwordHash = await hashPassword(input.jefe.password)
    await ctx.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('entity_settings')
        .values({ id: 1, entity_name: input.entityName, office_name: input.officeName, city: '', nit: '', updated_at: ctx.nowIso })
        .execute()
      const jefe = await trx
        .insertInto('users')
        .values({
          username: input.jefe.username,
          full_name: input.jefe.fullName,
          email: '',
          role: 'jefe',
          password_hash: passwordHash,
          active: 1,
          created_at: ctx.nowIso,
          updated_at: ctx.nowIso
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      await seedCatalogues(trx)
      await recordAudit(trx, ctx, {
        action: 'app.setup',
        entityType: 'entity',
        entityId: 1,
        summary: `Configuró Pauta para ${input.entityName} – ${input.officeName}`,
        actorId: jefe.id
      })
    })
    return login(ctx, input.jefe.username, input.jefe.password)
  },

  async loadDemo(ctx) {
    if (await isInitialized(ctx)) throw conflict(ALREADY)
    return loadDemoData(ctx)
  }
}

export const authHandlers: DomainHandlers<'auth'> = {
  login: (ctx, input) => login(ctx, input.username, input.password),

  async logout(ctx) {
    await ctx.db.transaction().execute((trx) =>
      recordAudit(trx, ctx, { action: 'auth.logout', entityType: 'user', entityId: ctx.user.id, summary: 'Salió de Pauta' })
    )
    ctx.core.sessions.signOut(ctx.clientId)
    return null
  },

  async changePassword(ctx, input) {
    const row = await ctx.db.selectFrom('users').select('password_hash').where('id', '=', ctx.user.id).executeTakeFirstOrThrow()
    if (!(await verifyPassword(input.current, row.password_hash))) {
      throw conflict('La contraseña actual no es correcta.', { current: 'La contraseña actual no es correcta.' })
    }
    const hash = await hashPassword(input.next)
    await ctx.db.transaction().execute(async (trx) => {
      await trx.updateTable('users').set({ password_hash: hash, updated_at: ctx.nowIso }).where('id', '=', ctx.user.id).execute()
      await recordAudit(trx, ctx, { action: 'auth.password_changed', entityType: 'user', entityId: ctx.user.id, summary: 'Cambió su contraseña' })
    })
    return null
  }
}
