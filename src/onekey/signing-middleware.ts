/**
 * Wires the pure signer into openapi-fetch: on every outgoing request (every
 * attempt), X-Date from the clock, X-Login, and Authorization over exactly the
 * body bytes that request carries. Nothing is re-serialised: the bytes read
 * here are the bytes sent.
 */
import type { Middleware } from 'openapi-fetch'
import { readRequestBody, requestWithBody, sentBytes } from '../single-shot.js'
import { formatOneKeyDate, signOneKeyRequest } from './signing.js'

export interface OneKeySigner {
  login: string
  /** Imported once per client. */
  key: Promise<CryptoKey>
  scheme: string
  now: () => Date
}

export function oneKeySigningMiddleware(signer: OneKeySigner): Middleware {
  return {
    async onRequest({ request }) {
      const known = sentBytes(request)
      const body = known ?? (await readRequestBody(request))
      const signed = await signOneKeyRequest({
        key: await signer.key,
        login: signer.login,
        date: formatOneKeyDate(signer.now()),
        body,
        scheme: signer.scheme,
      })
      const headers = request.headers
      if (!headers.has('content-type')) headers.set('content-type', 'application/json')
      for (const [name, value] of Object.entries(signed)) headers.set(name, value)
      // A request built by SingleShotRequest still carries these bytes; any other was consumed by reading it.
      return known === undefined ? requestWithBody(request, body) : request
    },
  }
}
