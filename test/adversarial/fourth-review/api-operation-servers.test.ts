/**
 * Fourth review: `api` and an operation's own `servers`. `call` sends an
 * operation that declares its own servers (Stripe's file uploads) to its first
 * server when the client was given no baseUrl; `api`, the same client's
 * openapi-fetch, sends it to the spec's first server instead, and refuses the
 * per-request `baseUrl` that would reach the right one: the operation cannot
 * be called through `api` at all.
 */
import { describe, expect, it } from 'vitest'
import { runtimeTable } from '../../../scripts/lib/runtime-schema.js'
import { createApiClient } from '../../../src/index.js'
import { type AnyCall, jsonResponse } from '../support.js'

const ok = jsonResponse({ type: 'object' })
const doc = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  servers: [{ url: 'https://api.example/v1' }],
  paths: {
    '/files': { post: { servers: [{ url: 'https://files.example/v1' }], responses: { '200': ok } } },
  },
}

describe('api and an operation with its own servers (no baseUrl given)', () => {
  it('api.POST goes where call goes: the operation’s own first server', async () => {
    const seen: string[] = []
    const fetch = async (request: Request): Promise<Response> => {
      seen.push(request.url)
      return Response.json({})
    }
    const client = createApiClient(
      { vendor: 'Own', table: runtimeTable(doc), kinds: {}, auth: { headers: { 'X-Api-Key': 'k' } } },
      { fetch },
    )
    await (client.call as unknown as AnyCall)('POST', '/files', {})
    const api = client.api as unknown as { POST: (path: string, init?: unknown) => Promise<unknown> }
    await api.POST('/files', {}).catch(() => undefined)
    expect(seen).toEqual(['https://files.example/v1/files', 'https://files.example/v1/files'])
  })
})
