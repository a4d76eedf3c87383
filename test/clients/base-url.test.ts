/**
 * The default base URL is the spec's first server, read from the generated
 * table: one fact, in the spec. A vendor constant follows the spec, and a
 * spec without a usable server makes the factory ask for `baseUrl`.
 */
import { describe, expect, it } from 'vitest'
import { table as funnelfoxTable } from '../../generated/funnelfox-operations.js'
import { table as onekeyTable } from '../../generated/onekey-operations.js'
import { runtimeTable } from '../../scripts/lib/runtime-schema.js'
import { createApiClient, FUNNELFOX_BASE_URL, ONEKEY_STAGING_URL } from '../../src/index.js'
import { type AnyCall, jsonResponse, spec } from '../adversarial/support.js'
import { json, useTestServer } from '../helpers/server.js'

const server = useTestServer(json(200, {}))
const doc = (servers: unknown): Record<string, unknown> => ({
  ...spec({ '/things': { get: { responses: { '200': jsonResponse({ type: 'object' }) } } } }),
  ...(servers === undefined ? {} : { servers }),
})

describe('the spec’s servers in the table', () => {
  it('the vendor constants are the committed specs’ servers', () => {
    expect(funnelfoxTable.servers).toEqual(['https://api.funnelfox.io/public/v1'])
    expect(FUNNELFOX_BASE_URL).toBe('https://api.funnelfox.io/public/v1')
    expect(ONEKEY_STAGING_URL).toBe(onekeyTable.servers[0])
    expect(ONEKEY_STAGING_URL).toBe('https://api-stg.onekeypayments.com')
  })

  it('server variables take their defaults; a server with a variable without one is left out', () => {
    const table = runtimeTable(
      doc([
        {
          url: 'https://{region}.api.example/{version}',
          variables: { region: { default: 'eu' }, version: { default: 'v2', enum: ['v1', 'v2'] } },
        },
        { url: 'https://{tenant}.api.example' },
      ]),
    )
    expect(table.servers).toEqual(['https://eu.api.example/v2'])
  })
})

describe('createApiClient without baseUrl', () => {
  it('calls the spec’s first server', async () => {
    const table = runtimeTable(doc([{ url: server.url }, { url: 'https://elsewhere.example' }]))
    const client = createApiClient({ vendor: 'Acme', table, kinds: {} }, { maxRetries: 0 })
    expect((await (client.call as unknown as AnyCall)('GET', '/things')).error).toBeUndefined()
    expect(server.requests).toHaveLength(1)
  })

  it('a spec with no server: a TypeError at creation that asks for baseUrl', () => {
    const table = runtimeTable(doc(undefined))
    expect(() => createApiClient({ vendor: 'Acme', table, kinds: {} })).toThrow(
      'Acme: config.baseUrl is required: the spec declares no server',
    )
  })

  it('a relative server: a TypeError at creation, as for a relative baseUrl', () => {
    const table = runtimeTable(doc([{ url: '/v1' }]))
    expect(() => createApiClient({ vendor: 'Acme', table, kinds: {} })).toThrow(/not an absolute URL/)
  })

  it('baseUrl in the config, then the baseUrl option, override it', async () => {
    const table = runtimeTable(doc([{ url: 'https://api.acme.example' }]))
    const configured = createApiClient({ vendor: 'Acme', table, kinds: {}, baseUrl: server.url }, { maxRetries: 0 })
    expect((await (configured.call as unknown as AnyCall)('GET', '/things')).error).toBeUndefined()
    const optioned = createApiClient({ vendor: 'Acme', table, kinds: {} }, { maxRetries: 0, baseUrl: server.url })
    expect((await (optioned.call as unknown as AnyCall)('GET', '/things')).error).toBeUndefined()
    expect(server.requests).toHaveLength(2)
  })
})

describe("an operation's own servers (or its path item's)", () => {
  const ok = jsonResponse({ type: 'object' })
  const withOwn = {
    ...spec({
      '/files': { servers: [{ url: 'https://files.example/v1' }], post: { responses: { '200': ok } } },
      '/things': {
        get: { servers: [{ url: 'https://{region}.example/v2', variables: { region: { default: 'eu' } } }], responses: { '200': ok } },
      },
      '/other': { get: { responses: { '200': ok } } },
    }),
    servers: [{ url: 'https://api.example/v1' }],
  }
  const seen: string[] = []
  const fetch = async (request: Request): Promise<Response> => {
    seen.push(request.url)
    return Response.json({})
  }

  it('with no baseUrl given, each goes to its own first server (variables set to their defaults), the rest to the spec’s', async () => {
    seen.length = 0
    const client = createApiClient({ vendor: 'Own', table: runtimeTable(withOwn), kinds: {} }, { fetch })
    const call = client.call as unknown as AnyCall
    await call('POST', '/files', {})
    await call('GET', '/things', {})
    await call('GET', '/other', {})
    expect(seen).toEqual(['https://files.example/v1/files', 'https://eu.example/v2/things', 'https://api.example/v1/other'])
  })

  it('a baseUrl the caller gives (in the config or the options) is used for every operation', async () => {
    seen.length = 0
    const byConfig = createApiClient({ vendor: 'Own', table: runtimeTable(withOwn), kinds: {}, baseUrl: server.url }, { fetch })
    const byOptions = createApiClient({ vendor: 'Own', table: runtimeTable(withOwn), kinds: {} }, { fetch, baseUrl: server.url })
    await (byConfig.call as unknown as AnyCall)('POST', '/files', {})
    await (byOptions.call as unknown as AnyCall)('POST', '/files', {})
    expect(seen).toEqual([`${server.url}/files`, `${server.url}/files`])
  })
})

describe("api and an operation's own servers", () => {
  const ok = jsonResponse({ type: 'object' })
  const doc = {
    ...spec({ '/files': { servers: [{ url: 'https://files.example/v1' }], post: { responses: { '200': ok } } } }),
    servers: [{ url: 'https://api.example/v1' }],
  }

  it('goes where call goes, and a middleware cannot move the credentials to a host neither declares', async () => {
    const seen: string[] = []
    const fetch = async (request: Request): Promise<Response> => {
      seen.push(`${request.url} ${request.headers.get('x-key')}`)
      return Response.json({})
    }
    const client = createApiClient({ vendor: 'Own', table: runtimeTable(doc), kinds: {}, auth: { headers: { 'X-Key': 'k1' } } }, { fetch })
    const api = client.api as unknown as { POST: (path: string, init: object) => Promise<unknown> }
    await api.POST('/files', {})
    const elsewhere = { onRequest: ({ request }: { request: Request }) => new Request('https://evil.example/files', request) }
    await expect(api.POST('/files', { middleware: [elsewhere] })).rejects.toThrow(/refusing to send credentials/)
    expect(seen).toEqual(['https://files.example/v1/files k1'])
  })
})
