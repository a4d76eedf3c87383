/**
 * createOneKeyClient: OneKey Payments Subscription API v3. Every attempt is
 * signed with HMAC-SHA256 over its fresh X-Date and the exact body bytes;
 * every call that changes state carries one X-Idempotency-Key on all its
 * attempts. A few lines over the public factory.
 */
import type { paths } from '../../generated/onekey.js'
import { table } from '../../generated/onekey-operations.js'
import type { Signer } from '../core/attempt.js'
import { type ApiClient, createClientCore, type IdempotencyCallOptions, invalid } from '../core/create-client.js'
import { HookFailure } from '../core/hooks.js'
import { type CallOptions, type ClientOptions, readClientOptions } from '../core/options.js'
import { firstServer } from '../core/table.js'
import type { OperationAt, OperationResult, WithClientHeaders } from '../core/types.js'
import { check, DEFAULT_ONEKEY_SCHEME, loginProblem, schemeProblem } from './credentials.js'
import { ONEKEY_ERROR_KINDS, type OneKeyErrorKinds } from './errors.js'
import { createOneKeyMac, formatOneKeyDate } from './signing.js'
import { parseSubscriptionId } from './subscription-id.js'

const VENDOR = 'OneKey'

/** The spec's only server, staging, read from the generated table. For production, pass the production base URL OneKey gives you as `baseUrl`. */
export const ONEKEY_STAGING_URL: string = firstServer(VENDOR, table)

/** Headers the client sets, so the types do not ask for them. */
export type OneKeyClientHeaders = 'Content-Type' | 'X-Date' | 'X-Login' | 'Authorization' | 'X-Idempotency-Key'

export type OneKeyPaths = WithClientHeaders<paths, OneKeyClientHeaders>

export interface OneKeyClientOptions extends ClientOptions {
  /** Merchant X-Login API key. */
  login: string
  /** The API Signature: the HMAC key. Turned into a keyed HMAC state once; the string is not kept. */
  secretKey: string
  /** Authorization scheme. Default 'OKP'; older accounts use 'D24'. */
  scheme?: string
  /** Makes idempotency keys. Default crypto.randomUUID. */
  idempotencyKey?: () => string
}

export type OneKeyCallOptions = IdempotencyCallOptions

export type CancelOneKeySubscriptionOptions = CallOptions & OneKeyCallOptions

type CancelOperation = OperationAt<paths, '/v3/subscriptions/{subscription_id}', 'delete'>

export interface OneKeyClient extends ApiClient<paths, OneKeyErrorKinds, OneKeyClientHeaders, OneKeyCallOptions> {
  /** DELETE /v3/subscriptions/{subscription_id} with the body `{}`. */
  cancelSubscription(
    subscriptionId: number | bigint | string,
    options?: CancelOneKeySubscriptionOptions,
  ): Promise<OperationResult<CancelOperation, OneKeyErrorKinds>>
}

/** Signs each attempt: X-Date from the attempt's clock reading, X-Login, Authorization over X-Date + X-Login + body. */
function oneKeySigner(secretKey: string, login: string, scheme: string): Signer {
  const mac = createOneKeyMac(secretKey)
  return ({ body, date }) => {
    let xDate: string
    try {
      xDate = formatOneKeyDate(date)
    } catch (e) {
      throw new HookFailure('now', `now() returned a date OneKey's X-Date cannot carry: ${(e as Error).message}`, { cause: e })
    }
    return { 'X-Date': xDate, 'X-Login': login, Authorization: `${scheme} ${mac(xDate, login, body)}` }
  }
}

export function createOneKeyClient(options: OneKeyClientOptions): OneKeyClient {
  const { settings, vendor } = readClientOptions(VENDOR, options, {
    login: 'string',
    secretKey: 'string',
    scheme: 'string',
    idempotencyKey: 'function',
  })
  const login = vendor.login as string
  const scheme = (vendor.scheme ?? DEFAULT_ONEKEY_SCHEME) as string
  check(loginProblem(login))
  check(schemeProblem(scheme))
  const make = vendor.idempotencyKey
  const core = createClientCore(
    {
      vendor: VENDOR,
      table,
      kinds: ONEKEY_ERROR_KINDS,
      baseUrl: ONEKEY_STAGING_URL,
      auth: { sign: oneKeySigner(vendor.secretKey as string, login, scheme), signedHeaders: ['X-Date', 'X-Login', 'Authorization'] },
      idempotency: { header: 'X-Idempotency-Key', ...(make !== undefined && { make: make as () => string }) },
    },
    settings,
  )
  return {
    call: core.call,
    api: core.api,
    async cancelSubscription(subscriptionId, callOptions) {
      const read = core.readOptions(callOptions, ['idempotencyKey'])
      if (typeof read === 'string') return invalid(read)
      const id = parseSubscriptionId(subscriptionId)
      if (!id.ok) return invalid(id.message)
      const parts = { params: { path: { subscription_id: id.value } }, body: {}, idempotencyKey: read.extra.idempotencyKey }
      return core.invoke('DELETE', '/v3/subscriptions/{subscription_id}', parts, read) as never
    },
  }
}
