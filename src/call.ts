/**
 * `client.call(method, path, init)`: any operation of a spec, typed from
 * generated/, with retries, timeouts and the typed error union. An operation
 * a future spec adds is callable here with no new hand-written code.
 */
import type { MaybeOptionalInit } from 'openapi-fetch'
import type { PathsWithMethod, RequiredKeysOf } from 'openapi-typescript-helpers'
import { type CallOptions, callOperation, type OperationRuntime } from './operation.js'
import type { HttpMethod, OperationAt } from './operation-types.js'
import { optionsProblem } from './options.js'
import type { ClientError, InvalidRequestError, OperationResult, Result } from './result.js'

type InitFor<LoosePaths, P extends keyof LoosePaths, M extends HttpMethod> = M extends keyof LoosePaths[P]
  ? NonNullable<MaybeOptionalInit<LoosePaths[P], M>>
  : never

type ArgsFor<Init> = RequiredKeysOf<Init> extends never ? [init?: Init] : [init: Init]

/**
 * The typed `call` of a client. `Paths` types the result, `LoosePaths` the
 * init (with the headers the client fills in made optional), `Kinds` names the
 * declared error statuses, `Extra` adds vendor call options.
 */
export type TypedCall<Paths, LoosePaths extends {}, Kinds, Extra = unknown> = <
  M extends Uppercase<HttpMethod>,
  P extends PathsWithMethod<LoosePaths, Lowercase<M>> & keyof Paths,
>(
  method: M,
  path: P,
  ...init: ArgsFor<InitFor<LoosePaths, P, Lowercase<M>> & CallOptions & Extra>
) => Promise<OperationResult<OperationAt<Paths, P, Lowercase<M>>, Kinds>>

const CALL_OPTION_KEYS = ['signal', 'timeoutMs', 'deadlineMs', 'maxRetries'] as const

/** Splits per-call options from openapi-fetch's init. */
export function splitInit(init: Record<string, unknown>): { rest: Record<string, unknown>; options: CallOptions } {
  const rest: Record<string, unknown> = { ...init }
  const options: Record<string, unknown> = {}
  for (const key of CALL_OPTION_KEYS) {
    if (rest[key] !== undefined) options[key] = rest[key]
    delete rest[key]
  }
  return { rest, options: options as CallOptions }
}

export function invalidRequest(message: string): Result<never, InvalidRequestError> {
  return { error: { kind: 'invalid_request', message }, response: undefined, attempts: 0 }
}

/** Builds a client's `call`. `prepare` may add vendor headers to the init once per call, before any attempt. */
export function createCall<Paths, LoosePaths extends {}, Kinds, Extra = unknown>(
  rt: OperationRuntime,
  prepare: (method: string, init: Record<string, unknown>) => Record<string, unknown> | string = (_, init) => init,
): TypedCall<Paths, LoosePaths, Kinds, Extra> {
  const call = async (method: string, path: string, init?: Record<string, unknown> | null): Promise<Result<unknown, ClientError>> => {
    const { rest, options } = splitInit(init ?? {})
    const problem = optionsProblem(options)
    if (problem !== undefined) return invalidRequest(problem)
    if (options.signal !== undefined && !(options.signal instanceof AbortSignal)) return invalidRequest('signal must be an AbortSignal')
    let prepared: Record<string, unknown> | string
    try {
      prepared = prepare(method, rest)
    } catch (e) {
      prepared = `the request could not be prepared: ${e instanceof Error ? e.message : String(e)}`
    }
    if (typeof prepared === 'string') return invalidRequest(prepared)
    return callOperation(rt, method, path, prepared, options)
  }
  return call as unknown as TypedCall<Paths, LoosePaths, Kinds, Extra>
}
