/**
 * `api`: the openapi-fetch client of a spec, with the client's auth applied,
 * for users who want openapi-fetch itself (one attempt, openapi-fetch's own
 * result shape). It goes through openapi-fetch's documented extension points
 * only, a middleware and a fetch: requests to any other base URL are refused
 * before a credential is set, and every request is sent exactly once.
 */
import createClient, { type Client, type Middleware } from 'openapi-fetch'
import { sendInit, type Transport } from './attempt.js'
import { readClock } from './hooks.js'

export interface ApiAuth {
  readonly vendor: string
  readonly baseUrl: string
  readonly headers: readonly (readonly [string, string])[]
  readonly idempotency: { readonly header: string; readonly make: () => string } | undefined
}

const carriesBody = (method: string): boolean => method !== 'GET' && method !== 'HEAD'

function authMiddleware(auth: ApiAuth, t: Transport): Middleware {
  return {
    async onRequest({ request }) {
      if (request.url !== auth.baseUrl && !request.url.startsWith(`${auth.baseUrl}/`) && !request.url.startsWith(`${auth.baseUrl}?`)) {
        throw new Error(`${auth.vendor}: refusing to send credentials outside ${auth.baseUrl}`)
      }
      for (const [name, value] of auth.headers) request.headers.set(name, value)
      const idempotency = auth.idempotency
      const takesKey = carriesBody(request.method) && request.method !== 'OPTIONS' && request.method !== 'TRACE'
      if (idempotency !== undefined && takesKey && !request.headers.has(idempotency.header)) {
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
  const api = createClient<Paths>({
    baseUrl: auth.baseUrl,
    fetch: async (request: Request): Promise<Response> => {
      const bytes = carriesBody(request.method) ? new Uint8Array(await request.arrayBuffer()) : null
      const init = sendInit(request.method, new Headers(request.headers), bytes, request.signal, t.streamBodies)
      return t.fetch === undefined ? globalThis.fetch(request.url, init) : t.fetch(new Request(request.url, init))
    },
  })
  api.use(authMiddleware(auth, t))
  return api
}
