/**
 * createOneKeyClient: OneKey Payments Subscription API v3, signed with
 * HMAC-SHA256 on every attempt, with an idempotency key per call.
 */
import type { Client, Middleware } from 'openapi-fetch'
import type { paths } from '../../generated/onekey.js'
import { operations } from '../../generated/onekey-operations.js'
import { createCall, invalidRequest, type TypedCall } from '../call.js'
import type { CallOptions } from '../operation.js'
import type { OperationAt, WithClientHeaders } from '../operation-types.js'
import { buildRuntime, type ClientOptions, checkCredential } from '../options.js'
import type { OperationResult } from '../result.js'
import { ONEKEY_ERROR_KINDS, type OneKeyErrorKinds } from './errors.js'
import { DEFAULT_ONEKEY_SCHEME, importOneKeySecret } from './signing.js'
import { oneKeySigningMiddleware } from './signing-middleware.js'
import { parseSubscriptionId } from './subscription-id.js'

/** The spec's only server. For production, pass the production base URL OneKey gives you as `baseUrl`. */
export const ONEKEY_STAGING_URL = 'https://api-stg.onekeypayments.com'

/** Headers the client fills in, so the types do not ask for them. */
export type OneKeyClientHeaders = 'Content-Type' | 'X-Date' | 'X-Login' | 'Authorization'

export type OneKeyPaths = WithClientHeaders<paths, OneKeyClientHeaders>

export interface OneKeyClientOptions extends ClientOptions {
  /** Merchant X-Login API key. */
  login: string
  /** The API Signature: the HMAC key. Imported once, never kept as a string. */
  secretKey: string
  /** Authorization scheme. Default 'OKP'; older accounts use 'D24'. */
  scheme?: string
  /** Makes idempotency keys. Default crypto.randomUUID. */
  idempotencyKey?: () => string
}

export interface OneKeyCallOptions {
  /** Sent as X-Idempotency-Key on every attempt of the call. Default: a random UUID per call. */
  idempotencyKey?: string
}

export type CancelOneKeySubscriptionOptions = CallOptions & OneKeyCallOptions

type CancelOperation = OperationAt<paths, '/v3/subscriptions/{subscription_id}', 'delete'>

export interface OneKeyClient {
  /** DELETE /v3/subscriptions/{subscription_id} with the body `{}`. */
  cancelSubscription(
    subscriptionId: number | bigint | string,
    options?: CancelOneKeySubscriptionOptions,
  ): Promise<OperationResult<CancelOperation, OneKeyErrorKinds>>
  /** Any operation of the spec, typed, with retries and typed errors. */
  call: TypedCall<paths, OneKeyPaths, OneKeyErrorKinds, OneKeyCallOptions>
  /** The openapi-fetch client, signing applied. Each request goes out once; no retries. */
  api: Client<OneKeyPaths>
}

const VENDOR = 'OneKey'
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/

/** Gives a request that changes state (anything but GET and HEAD) an X-Idempotency-Key, unless it has one. */
function idempotencyKeyMiddleware(makeKey: () => string): Middleware {
  return {
    onRequest({ request }) {
      if (request.method !== 'GET' && request.method !== 'HEAD' && !request.headers.has('x-idempotency-key')) {
        request.headers.set('X-Idempotency-Key', makeKey())
      }
      return request
    },
  }
}

/** Fixes one idempotency key per call, so that every attempt of the call carries the same. */
function withIdempotencyKey(makeKey: () => string) {
  return (method: string, init: Record<string, unknown>): Record<string, unknown> | string => {
    const { idempotencyKey, ...rest } = init
    if (method === 'GET' || method === 'HEAD') return rest
    const headers = new Headers(rest.headers as HeadersInit | undefined)
    if (headers.has('x-idempotency-key')) return { ...rest, headers }
    const key = idempotencyKey ?? makeKey()
    if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)) {
      return `idempotencyKey${idempotencyKey === undefined ? ' (from the client factory)' : ''} must be 1 to 255 printable ASCII characters with no spaces`
    }
    headers.set('X-Idempotency-Key', key)
    return { ...rest, headers }
  }
}

export function createOneKeyClient(options: OneKeyClientOptions): OneKeyClient {
  const login = checkCredential(VENDOR, 'login', options?.login, true)
  checkCredential(VENDOR, 'secretKey', options.secretKey, false)
  const scheme = options.scheme ?? DEFAULT_ONEKEY_SCHEME
  if (!/^[A-Za-z0-9]+$/.test(scheme)) throw new TypeError(`${VENDOR}: scheme must be a single token such as 'OKP' or 'D24'`)
  const key = importOneKeySecret(options.secretKey)
  key.catch(() => undefined) // reported on first use; never an unhandled rejection
  const now = options.now ?? (() => new Date())
  const makeKey = options.idempotencyKey ?? (() => crypto.randomUUID())
  const rt = buildRuntime(options, {
    vendor: VENDOR,
    defaultBaseUrl: ONEKEY_STAGING_URL,
    operations,
    kinds: ONEKEY_ERROR_KINDS,
    // The key is set before signing, though it is not part of the signed text.
    middleware: [idempotencyKeyMiddleware(makeKey), oneKeySigningMiddleware({ login, key, scheme, now })],
  })
  const call = createCall<paths, OneKeyPaths, OneKeyErrorKinds, OneKeyCallOptions>(rt, withIdempotencyKey(makeKey))
  return {
    api: rt.api as Client<OneKeyPaths>,
    call,
    async cancelSubscription(subscriptionId, callOptions) {
      const id = parseSubscriptionId(subscriptionId)
      if (!id.ok) return invalidRequest(id.message)
      // A number type-checks the path; an id past 2^53 travels as its decimal string.
      const subscription_id = Number.isSafeInteger(Number(id.value)) ? Number(id.value) : (id.value as unknown as number)
      return call('DELETE', '/v3/subscriptions/{subscription_id}', {
        params: { path: { subscription_id } },
        body: {},
        ...(callOptions ?? {}),
      })
    },
  }
}
