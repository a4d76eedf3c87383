/**
 * createFunnelFoxClient: FunnelFox Public API, authenticated with the
 * project's Fox-Secret header. A few lines over the public factory.
 */
import type { paths } from '../../generated/funnelfox.js'
import { table } from '../../generated/funnelfox-operations.js'
import { type ApiClient, createClientCore, invalid } from '../core/create-client.js'
import { isVisibleAscii } from '../core/headers.js'
import { type CallOptions, type ClientOptions, readClientOptions } from '../core/options.js'
import { firstServer } from '../core/table.js'
import type { OperationAt, OperationResult, WithClientHeaders } from '../core/types.js'
import { FUNNELFOX_ERROR_KINDS, type FunnelFoxErrorKinds } from './errors.js'
import { subscriptionIdProblem } from './subscription-id.js'

const VENDOR = 'FunnelFox'

/** The spec's server (its first), read from the generated table: a spec update that moves it moves it here. */
export const FUNNELFOX_BASE_URL: string = firstServer(VENDOR, table)

/** Headers the client sets, so the types do not ask for them. */
export type FunnelFoxClientHeaders = 'Fox-Secret' | 'Content-Type'

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

export interface FunnelFoxClient extends ApiClient<paths, FunnelFoxErrorKinds, FunnelFoxClientHeaders, unknown> {
  /** POST /subscriptions/{id}/cancel */
  cancelSubscription(
    id: string,
    options?: CancelFunnelFoxSubscriptionOptions,
  ): Promise<OperationResult<CancelOperation, FunnelFoxErrorKinds>>
}

function checkSecret(secret: unknown): string {
  if (typeof secret !== 'string' || secret === '') throw new TypeError(`${VENDOR}: secret is required (a non-empty string)`)
  if (secret.trim() !== secret) throw new TypeError(`${VENDOR}: secret has leading or trailing whitespace (a newline from an env file?)`)
  if (!isVisibleAscii(secret)) throw new TypeError(`${VENDOR}: secret must be printable ASCII with no spaces`)
  return secret
}

export function createFunnelFoxClient(options: FunnelFoxClientOptions): FunnelFoxClient {
  const { settings, vendor } = readClientOptions(VENDOR, options, { secret: 'string' })
  const secret = checkSecret(vendor.secret)
  const core = createClientCore(
    { vendor: VENDOR, table, kinds: FUNNELFOX_ERROR_KINDS, baseUrl: FUNNELFOX_BASE_URL, auth: { headers: { 'Fox-Secret': secret } } },
    settings,
  )
  return {
    call: core.call,
    api: core.api,
    async cancelSubscription(id, callOptions) {
      const read = core.readOptions(callOptions, ['reason'])
      if (typeof read === 'string') return invalid(read)
      const problem = subscriptionIdProblem(id)
      if (problem !== undefined) return invalid(problem)
      const { reason } = read.extra
      if (reason !== undefined && (typeof reason !== 'string' || reason.trim() === '')) {
        return invalid('reason must be a non-empty string; omit it for FunnelFox\'s default "User requested cancellation"')
      }
      const body = reason === undefined ? {} : { reason }
      return core.invoke('POST', '/subscriptions/{id}/cancel', { params: { path: { id } }, body }, read) as never
    },
  }
}
