/**
 * `api`: the openapi-fetch client of a spec, with the client's auth applied,
 * for users who want openapi-fetch itself (one attempt, openapi-fetch's own
 * result shape, no timeouts but a `signal` you pass). It goes through
 * openapi-fetch's documented extension points only, a middleware and a
 * fetch. The middleware refuses a request to any other base URL and one given
 * its own `fetch` (which would skip the no-redirect transport); the fetch
 * checks the URL again, then sets the credentials; every request is sent
 * exactly once.
 */
import createClient, { type Client, type Middleware } from 'openapi-fetch'
import { sendInit, signerOutput, type Transport } from './attempt.js'
import { readClock } from './hooks.js'
import { carriesBody, takesIdempotencyKey } from './methods.js'
import type { OperationBases } from './request.js'
import type { Table } from './table.js'

export interface ApiAuth {
  readonly vendor: string
  readonly baseUrl: string
  readonly headers: readonly (readonly [string, string])[]
  /** For the spec's defaults of required header and query parameters, sent when the request gives none, as `call` does. */
  readonly table: Table
  readonly idempotency: { readonly header: string; readonly make: () => string } | undefined
  /** The operations that go to their own server, as for `call` (./request.ts operationBases). */
  readonly operationBases: OperationBases
}

type Fetch = (request: Request) => Promise<Response>

const under = (url: string, base: string): boolean => url === base || url.startsWith(`${base}/`) || url.startsWith(`${base}?`)

function refuseOtherHosts(auth: ApiAuth, url: string, bases: readonly string[] = [auth.baseUrl]): void {
  if (!bases.some((base) => under(url, base))) throw new Error(`${auth.vendor}: refusing to send credentials outside ${auth.baseUrl}`)
}

/** An operation's own server, where it goes to one. */
function operationServer(auth: ApiAuth, key: string): string | undefined {
  const own = auth.operationBases.get(key)
  return own !== undefined && 'url' in own ? own.url : undefined
}

/** Every base URL a request may go to: the client's, and the operations' own. */
function allowedBases(auth: ApiAuth): string[] {
  const own = [...auth.operationBases.values()].flatMap((b) => ('url' in b ? [b.url] : []))
  return [...new Set([auth.baseUrl, ...own])]
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

/** Checks each request as openapi-fetch built it, and adds the spec's defaults; the credentials are set later, by `own` alone. */
function checkMiddleware(auth: ApiAuth, own: Fetch): Middleware {
  return {
    onRequest({ request, options, schemaPath }) {
      refuseOtherHosts(auth, request.url)
      if (options.fetch !== own) throw new Error(`${auth.vendor}: refusing a per-request fetch: give the client its fetch instead`)
      const server = operationServer(auth, `${request.method} ${schemaPath}`)
      const moved = server === undefined ? request : new Request(`${server}${request.url.slice(auth.baseUrl.length)}`, request)
      return withDefaults(auth, moved, schemaPath)
    },
  }
}

/** The headers the request goes with: its own, the credentials, the idempotency key and, signed, the signer's over the exact bytes. */
async function authedHeaders(auth: ApiAuth, t: Transport, request: Request, bytes: Uint8Array | null): Promise<Headers> {
  const headers = new Headers(request.headers)
  for (const [name, value] of auth.headers) headers.set(name, value)
  const idempotency = auth.idempotency
  if (idempotency !== undefined && takesIdempotencyKey(request.method) && !headers.has(idempotency.header)) {
    headers.set(idempotency.header, idempotency.make())
  }
  if (t.sign === undefined) return headers
  const date = readClock(t.now)
  const body = bytes ?? new Uint8Array(0)
  const signed = signerOutput(await t.sign({ method: request.method, url: request.url, headers, body, date }))
  for (const [name, value] of signed) headers.set(name, value)
  return headers
}

/**
 * The openapi-fetch client with auth applied; each request is sent once, with
 * no redirect followed. The credentials are set in the client's own fetch,
 * after every middleware (the client's, `api.use`'s, a request's own) has
 * run, and only once the final URL is checked: no middleware sees them, and
 * none can move them to another host.
 */
export function createAuthedApi<Paths extends {}>(auth: ApiAuth, t: Transport): Client<Paths> {
  const bases = allowedBases(auth)
  const own: Fetch = async (request) => {
    refuseOtherHosts(auth, request.url, bases)
    const bytes = carriesBody(request.method) ? new Uint8Array(await request.arrayBuffer()) : null
    const headers = await authedHeaders(auth, t, request, bytes)
    const init = sendInit(request.method, headers, bytes, request.signal, t.streamBodies)
    return t.fetch === undefined ? globalThis.fetch(request.url, init) : t.fetch(new Request(request.url, init))
  }
  const api = createClient<Paths>({ baseUrl: auth.baseUrl, fetch: own })
  api.use(checkMiddleware(auth, own))
  return api
}
