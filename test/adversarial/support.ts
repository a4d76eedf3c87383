/**
 * Adversarial review helpers: a client of the public factory over an inline OpenAPI
 * document, through the real generator (scripts/lib/runtime-schema.ts).
 */
import { runtimeTable } from '../../scripts/lib/runtime-schema.js'
import type { Json } from '../../scripts/lib/spec-refs.js'
import { type ClientError, type ClientOptions, createApiClient, type Result } from '../../src/index.js'

export type AnyCall = (method: string, path: string, init?: unknown) => Promise<Result<unknown, ClientError>>

/** A 3.0/3.1 document with these paths and component schemas. */
export function spec(paths: Json, schemas: Json = {}, openapi = '3.1.0'): Json {
  return { openapi, info: { title: 't', version: '1' }, paths, components: { schemas } }
}

/** A createApiClient().call over `doc`, header auth `X-Api-Key: review_key`. */
export function clientOf(doc: Json, baseUrl: string, options: ClientOptions = {}, auth: Json = { headers: { 'X-Api-Key': 'review_key' } }) {
  const table = runtimeTable(doc)
  const c = createApiClient(
    { vendor: 'Review', table, kinds: {}, baseUrl, auth: auth as never },
    { sleep: async () => undefined, random: () => 0, ...options },
  )
  return { call: c.call as unknown as AnyCall, api: c.api, table }
}

export const jsonResponse = (schema: unknown) => ({ description: 'ok', content: { 'application/json': { schema } } })
