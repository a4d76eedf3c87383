/**
 * `api`: the openapi-fetch client of a spec, with the client's auth applied,
 * for users who want openapi-fetch itself (one attempt, openapi-fetch's own
 * result shape, no timeouts but a `signal` you pass). It goes through
 * openapi-fetch's documented extension points only, a middleware and a
 * fetch. Before a credential is set, the middleware refuses a request to any
 * other base URL and one given its own `fetch` (which would skip the
 * no-redirect transport); every request is sent exactly once.
 */
import createClient, { type Client, type Middleware } from 'openapi-fetch'
import { sendInit, type Transport } from './attempt.js'
import { readClock } from './hooks.js'
import { carriesBody, takesIdempotencyKey } from './methods.js'
import type { Table } from './table.js'

export interface ApiAuth {
  readonly vendor: string
  readonly baseUrl: string
  readonly headers: readonly (readonly [string, string])[]
  /** For the spec's defaults of required header and query parameters, sent when the request gives none, as `call` does. */
  readonly table: Table
  readonly idempotency: { readonly header: string; readonly make: () => string } | undefined
}

type Fetch = (request: Request) => Promise<Response>

function refuseElsewhere(auth: ApiAuth, request: Request, fetch: unknown, own: Fetch): void {
  const url = request.url
  if (url !== auth.baseUrl && !url.startsWith(`${auth.baseUrl}/`) && !url.startsWith(`${auth.baseUrl}?`)) {
    throw new Error(`${auth.vendor}: refusing to send credentials outside ${auth.baseUrl}`)
  }
  if (fetch !== own) throw new Error(`${auth.vendor}: refusing a per-request fetch: give the client its fetch instead`)
}

/** The request with the spec's defaults for the required header and query parameters it leaves out (OneKey's Content-Type). */
function withDefaults(auth: ApiAuth, given: Request, schemaPath: string): Request {
  const key = `${given.method} ${schemaPath}`
  const defaults = Object.hasOwn(auth.table.operations, key) ? auth.table.operations[key]?.defaults : undefined
  if (defaults === undefined) return given
  let request = given
  const url = new URL(request.url)
  const missing = Object.entries(defaults.query ?? {}).filter(([name]) => !url.searchParams.has(name))
  if (missing.length > 0) {
    for (const [name, value] of missing) url.searchParams.append(name, value)
    request = new Request(url, request)
  }
  for (const [name, value] of Object.entries(defaults.header ?? {})) if (!request.headers.has(name)) request.headers.set(name, value)
  return request
}

function authMiddleware(auth: ApiAuth, t: Transport, own: Fetch): Middleware {
  return {
    async onRequest({ request: given, options, schemaPath }) {
      refuseElsewhere(auth, given, options.fetch, own)
      const request = withDefaults(auth, given, schemaPath)
      for (const [name, value] of auth.headers) request.headers.set(name, value)
      const idempotency = auth.idempotency
      if (idempotency !== undefined && takesIdempotencyKey(request.method) && !request.headers.has(idempotency.header)) {
        request.headers.set(idempotency.header, idempotency.make())
      }
      if (t.sign === undefined) return request
      const body = new Uint8Array(await request.clone().arrayBuffer())
      const date = readClock(t.now)
      const signed = await t.sign({ method: request.method, url: request.url, headers: request.headers, body, date })
      for (const [name, value] of Object.entries(signed)) request.headers.set(name, value)
      return request
    },
  }
}

/** The openapi-fetch client with auth applied; each request is sent once, with no redirect followed. */
export function createAuthedApi<Paths extends {}>(auth: ApiAuth, t: Transport): Client<Paths> {
  const own: Fetch = async (request) => {
    const bytes = carriesBody(request.method) ? new Uint8Array(await request.arrayBuffer()) : null
    const init = sendInit(request.method, new Headers(request.headers), bytes, request.signal, t.streamBodies)
    return t.fetch === undefined ? globalThis.fetch(request.url, init) : t.fetch(new Request(request.url, init))
  }
  const api = createClient<Paths>({ baseUrl: auth.baseUrl, fetch: own })
  api.use(authMiddleware(auth, t, own))
  return api
}
