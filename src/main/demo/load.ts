import type { DemoAccounts } from '../../shared/contract'
import type { Ctx } from '../core/context'

export async function loadDemoData(_ctx: Ctx): Promise<DemoAccounts> {
  throw new Error('pendiente')
}
