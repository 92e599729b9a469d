import type { z } from 'zod'

export interface MethodDef<I extends z.ZodType, O, P extends boolean = boolean> {
  input: I
  /** Methods callable without a session (first run, login). */
  public: P
  /** Phantom: carries the result type only. */
  readonly output?: O
}

export function method<I extends z.ZodType, P extends boolean = false>(input: I, options?: { public: P }) {
  return {
    returns: <O>(): MethodDef<I, O, P> => ({ input, public: (options?.public ?? false) as P })
  }
}

export type AnyMethod = MethodDef<z.ZodType, unknown>
export type Domain = Record<string, AnyMethod>

export type InputOf<M> = M extends MethodDef<infer I, unknown> ? z.input<I> : never
export type ParsedInputOf<M> = M extends MethodDef<infer I, unknown> ? z.output<I> : never
export type OutputOf<M> = M extends MethodDef<z.ZodType, infer O> ? O : never
export type IsPublic<M> = M extends MethodDef<z.ZodType, unknown, true> ? true : false
