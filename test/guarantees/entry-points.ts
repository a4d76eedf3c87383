/**
 * Every public way to make a call, over one set of client options, so a
 * guarantee is tested through all of them: each vendor's own method, each
 * vendor's `call`, and the public factory's `call`.
 */
import { table as funnelfoxTable } from '../../generated/funnelfox-operations.js'
import {
  type ClientError,
  type ClientOptions,
  createApiClient,
  createFunnelFoxClient,
  createOneKeyClient,
  FUNNELFOX_ERROR_KINDS,
  type Result,
} from '../../src/index.js'
import { FOX_SUBSCRIPTION } from '../helpers/fixtures.js'
import { json, type SeenRequest } from '../helpers/server.js'

export const FOX_SECRET = 'secret_guarantees_fox_7c1'
export const ONEKEY_LOGIN = 'GuaranteesLogin'
export const ONEKEY_SECRET = 'guarantees-api-signature-93'

export interface EntryPoint {
  name: string
  vendor: 'funnelfox' | 'onekey'
  /** Makes one call with these per-call options (merged with what the call needs). */
  call(options?: Record<string, unknown>): Promise<Result<unknown, ClientError>>
  /** Makes one call passing `init` as it is: the method's options object, or `call`'s whole init. */
  raw(init: unknown): Promise<Result<unknown, ClientError>>
}

/** A 200 each vendor's spec accepts, chosen by the request path. */
export function okFor(request: SeenRequest) {
  return request.url.startsWith('/public/v1/') ? json(200, FOX_SUBSCRIPTION) : json(200, {})
}

type Options = Omit<ClientOptions, 'baseUrl'>
type Any = (...args: unknown[]) => Promise<Result<unknown, ClientError>>

const FOX_PATH = '/subscriptions/{id}/cancel'
const ONEKEY_PATH = '/v3/subscriptions/{subscription_id}'
const foxInit = { params: { path: { id: 'sub_1' } }, body: { reason: 'Too expensive' } }
const oneKeyInit = { params: { path: { subscription_id: 1001 } }, body: {} }

/** Each entry point, built on demand: only its own client is created. */
const FACTORIES: Record<string, (url: string, o: Options) => Omit<EntryPoint, 'name'>> = {
  'funnelfox.cancelSubscription': (url, o) => {
    const c = createFunnelFoxClient({ secret: FOX_SECRET, baseUrl: `${url}/public/v1`, ...o })
    const cancel = c.cancelSubscription as unknown as Any
    return { vendor: 'funnelfox', call: (x) => cancel('sub_1', { reason: 'Too expensive', ...x }), raw: (init) => cancel('sub_1', init) }
  },
  'funnelfox.call': (url, o) => {
    const c = createFunnelFoxClient({ secret: FOX_SECRET, baseUrl: `${url}/public/v1`, ...o })
    const call = c.call as unknown as Any
    return { vendor: 'funnelfox', call: (x) => call('POST', FOX_PATH, { ...foxInit, ...x }), raw: (init) => call('POST', FOX_PATH, init) }
  },
  'onekey.cancelSubscription': (url, o) => {
    const c = createOneKeyClient({ login: ONEKEY_LOGIN, secretKey: ONEKEY_SECRET, baseUrl: url, ...o })
    const cancel = c.cancelSubscription as unknown as Any
    return { vendor: 'onekey', call: (x) => cancel(1001, x), raw: (init) => cancel(1001, init) }
  },
  'onekey.call': (url, o) => {
    const c = createOneKeyClient({ login: ONEKEY_LOGIN, secretKey: ONEKEY_SECRET, baseUrl: url, ...o })
    const call = c.call as unknown as Any
    return {
      vendor: 'onekey',
      call: (x) => call('DELETE', ONEKEY_PATH, { ...oneKeyInit, ...x }),
      raw: (init) => call('DELETE', ONEKEY_PATH, init),
    }
  },
  'createApiClient().call': (url, o) => {
    const auth = { headers: { 'Fox-Secret': FOX_SECRET } }
    const c = createApiClient(
      { vendor: 'Generic', table: funnelfoxTable, kinds: FUNNELFOX_ERROR_KINDS, baseUrl: `${url}/public/v1`, auth },
      o,
    )
    const call = c.call as unknown as Any
    return { vendor: 'funnelfox', call: (x) => call('POST', FOX_PATH, { ...foxInit, ...x }), raw: (init) => call('POST', FOX_PATH, init) }
  },
}

/** The names, for it.each. */
export const ENTRY_POINTS = Object.keys(FACTORIES)

export function entry(name: string, url: string, options: Options = {}): EntryPoint {
  const factory = FACTORIES[name]
  if (factory === undefined) throw new Error(`no entry point ${name}`)
  return { name, ...factory(url, options) }
}
