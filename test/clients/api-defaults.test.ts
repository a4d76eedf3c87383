/**
 * `api`, the openapi-fetch client, sends the spec's defaults for required
 * header and query parameters a request leaves out, as `call` does: the
 * generated types make those parameters optional for both.
 */
import { describe, expect, it } from 'vitest'
import { clientOf, jsonResponse, spec } from '../adversarial/support.js'
import { json, useTestServer } from '../helpers/server.js'

const server = useTestServer(json(200, {}))

const doc = spec({
  '/things': {
    get: {
      parameters: [
        { name: 'X-Version', in: 'header', required: true, schema: { type: 'string', default: '2026-11-01' } },
        { name: 'order', in: 'query', required: true, schema: { type: 'string', default: '-created' } },
        { name: 'limit', in: 'query', required: false, schema: { type: 'integer', default: 10 } },
      ],
      responses: { '200': jsonResponse({ type: 'object' }) },
    },
  },
})

type AnyApi = { GET: (path: string, init?: unknown) => Promise<{ response: Response }> }

describe('api sends the defaults call sends', () => {
  it('a request that leaves them out carries the header and query defaults; an optional parameter’s default is not sent', async () => {
    const { api, call } = clientOf(doc, server.url)
    await call('GET', '/things')
    await (api as unknown as AnyApi).GET('/things')
    const [viaCall, viaApi] = server.requests
    for (const seen of [viaCall, viaApi]) {
      expect(seen?.headers['x-version']).toBe('2026-11-01')
      expect(seen?.url).toBe('/things?order=-created')
    }
  })

  it('values the request gives win', async () => {
    const { api } = clientOf(doc, server.url)
    await (api as unknown as AnyApi).GET('/things', {
      params: { header: { 'X-Version': '2025-01-01' }, query: { order: 'name', limit: 5 } },
    })
    expect(server.requests[0]?.headers['x-version']).toBe('2025-01-01')
    expect(server.requests[0]?.url).toBe('/things?order=name&limit=5')
  })
})
