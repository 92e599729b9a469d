import type { Contract, DomainName, MethodName } from '../../shared/contract'
import type { IsPublic, OutputOf, ParsedInputOf } from '../../shared/contract/define'
import type { AuthedCtx, Ctx } from './context'

/** Public methods may run without a session; every other one gets a signed-in user. */
type CtxFor<M> = IsPublic<M> extends true ? Ctx : AuthedCtx

/** The handlers of one domain: exactly the contract's methods, with parsed input and typed result. */
export type DomainHandlers<D extends DomainName> = {
  [K in MethodName<D>]: (ctx: CtxFor<Contract[D][K]>, input: ParsedInputOf<Contract[D][K]>) => Promise<OutputOf<Contract[D][K]>>
}

export type AllHandlers = { [D in DomainName]: DomainHandlers<D> }
