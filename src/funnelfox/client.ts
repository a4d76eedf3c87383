/**
 * createFunnelFoxClient: FunnelFox Public API, authenticated with the
 * project's Fox-Secret header.
 */
import type { Client } from 'openapi-fetch'
import type { paths } from '../../generated/funnelfox.js'
import { operations } from '../../generated/funnelfox-operations.js'
import { createCall, invalidRequest, type TypedCall } from '../call.js'
import type { CallOptions } from '../operation.js'
import type { OperationAt, WithClientHeaders } from '../operation-types.js'
import { buildRuntime, type ClientOptions, checkCredential } from '../options.js'
import type { OperationResult } from '../result.js'
import { FUNNELFOX_ERROR_KINDS, type FunnelFoxErrorKinds } from './errors.js'

/** The spec's server. */
export const FUNNELFOX_BASE_URL = 'https://api.funnelfox.io/public/v1'

export type FunnelFoxClientHeaders = 'Fox-Secret'

export type FunnelFoxPaths = WithClientHeaders<paths, FunnelFoxClientHeaders>

export interface FunnelFoxClientOptions extends ClientOptions {
  /** The project's secret key, sent as Fox-Secret. */
  secret: string
}

export interface CancelFunnelFoxSubscriptionOptions extends CallOptions {
  /** Why the customer cancelled. Omit it and FunnelFox records "User requested cancellation". */
  reason?: string
}

type CancelOperation = OperationAt<paths, '/subscriptions/{id}/cancel', 'post'>

export interface FunnelFoxClient {
  /** POST /subscriptions/{id}/cancel */
  cancelSubscription(
    id: string,
    options?: CancelFunnelFoxSubscriptionOptions,
  ): Promise<OperationResult<CancelOperation, FunnelFoxErrorKinds>>
  /** Any operation of the spec, typed, with retries and typed errors. */
  call: TypedCall<paths, FunnelFoxPaths, FunnelFoxErrorKinds>
  /** The openapi-fetch client, Fox-Secret applied. Each request goes out once; no retries. */
  api: Client<FunnelFoxPaths>
}

const VENDOR = 'FunnelFox'

/** No lone UTF-16 surrogates, which cannot be percent-encoded. */
function isWellFormed(text: string): boolean {
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text)
}

/** Why a FunnelFox subscription id cannot be used in a path, or undefined. */
export function subscriptionIdProblem(id: unknown): string | undefined {
  if (typeof id !== 'string' || id === '') return 'FunnelFox subscription id must be a non-empty string'
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this rejects
  if (/[/?#\s\\%\x00-\x1f\x7f-\x9f]/.test(id) || id === '.' || id === '..' || !isWellFormed(id)) {
    return `FunnelFox subscription id ${JSON.stringify(id.length > 60 ? `${id.slice(0, 60)}…` : id)} contains characters that cannot be part of an id (/ ? # % \\, whitespace, control characters, lone surrogates, or is . or ..)`
  }
  return undefined
}

export function createFunnelFoxClient(options: FunnelFoxClientOptions): FunnelFoxClient {
  const secret = checkCredential(VENDOR, 'secret', options?.secret, true)
  const rt = buildRuntime(options, {
    vendor: VENDOR,
    defaultBaseUrl: FUNNELFOX_BASE_URL,
    operations,
    kinds: FUNNELFOX_ERROR_KINDS,
    headers: { 'Fox-Secret': secret },
  })
  const call = createCall<paths, FunnelFoxPaths, FunnelFoxErrorKinds>(rt)
  return {
    api: rt.api as Client<FunnelFoxPaths>,
    call,
    async cancelSubscription(id, options) {
      const { reason, ...callOptions } = options ?? {}
      const problem = subscriptionIdProblem(id)
      if (problem !== undefined) return invalidRequest(problem)
      if (reason !== undefined && (typeof reason !== 'string' || reason.trim() === '')) {
        return invalidRequest('reason must be a non-empty string; omit it for FunnelFox\'s default "User requested cancellation"')
      }
      return call('POST', '/subscriptions/{id}/cancel', {
        params: { path: { id } },
        body: reason === undefined ? {} : { reason },
        ...callOptions,
      })
    },
  }
}
