import type { Db } from '../db/connection'
import { validation } from '../core/errors'

/** A piece hangs from an activity of a plan that is still being formulated or in force. */
export async function assertOpenActivity(db: Db, activityId: number): Promise<void> {
  const row = await db
    .selectFrom('plan_activities as a')
    .innerJoin('plan_strategies as s', 's.id', 'a.strategy_id')
    .innerJoin('plans as pl', 'pl.id', 's.plan_id')
    .select('pl.status')
    .where('a.id', '=', activityId)
    .executeTakeFirst()
  if (!row) {
    throw validation('La actividad del plan elegida no existe. Actualice la lista y elija otra.', {
      activityId: 'Elija una actividad del Plan de Comunicaciones.'
    })
  }
  if (row.status === 'cerrado') {
    throw validation('La actividad elegida pertenece a un plan cerrado. Elija una actividad de un plan vigente o en formulación.', {
      activityId: 'El plan de esta actividad está cerrado.'
    })
  }
}

/** Writers and designers must be active accounts. */
export async function assertActiveUser(db: Db, userId: number, field: 'writerId' | 'designerId'): Promise<void> {
  const row = await db.selectFrom('users').select(['full_name', 'active']).where('id', '=', userId).executeTakeFirst()
  const who = field === 'writerId' ? 'quien redacta' : 'quien diseña'
  if (!row) throw validation(`La persona elegida como ${who} no existe. Actualice la lista y elija otra.`, { [field]: 'Elija una persona de la lista.' })
  if (row.active !== 1) {
    throw validation(`${row.full_name} tiene la cuenta desactivada: elija otra persona como ${who}.`, {
      [field]: `${row.full_name} está desactivado(a).`
    })
  }
}
