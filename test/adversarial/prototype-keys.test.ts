/**
 * Found by an adversarial review, and fixed (each case failed before the fix): the schema check and the option readers look through the
 * prototype chain.
 *
 * - schema.ts objectProblem() tests `required` with `name in value` and reads
 *   `value[name]`: a property named like an Object.prototype member
 *   (`constructor`, `toString`, `valueOf`…) is "present" when absent, and an
 *   absent optional one is read as a function. A body `{}` against
 *   `properties: { constructor: { type: string } }` is invalid_body.
 * - runtime-schema.ts shared() registers a component with `!(key in w.schemas)`:
 *   a component schema named `constructor`, `toString` or `__proto__` is "already
 *   there", never emitted, and every body checked against it passes.
 * - options.ts readOptions() reads every known option as `input[name]`,
 *   inherited ones included: with a polluted Object.prototype (`fetch`,
 *   `baseUrl`), every client created afterwards sends its signed requests
 *   wherever the pollution says. schema.ts iterates `for (name in properties)`
 *   and `'const' in s`, so the same pollution also breaks every body check.
 */
import { describe, expect, it } from 'vitest'
import { createFunnelFoxClient, createOneKeyClient } from '../../src/index.js'
import { FOX_SUBSCRIPTION } from '../helpers/fixtures.js'
import { json, useTestServer } from '../helpers/server.js'
import { clientOf, jsonResponse, spec } from './support.js'

const server = useTestServer(json(200, {}))

describe('property names that Object.prototype also has', () => {
  const doc = spec(
    {
      '/cars': {
        post: {
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Car' } } } },
          responses: { 200: jsonResponse({ $ref: '#/components/schemas/Car' }) },
        },
      },
      '/things': {
        get: { responses: { 200: jsonResponse({ type: 'object', required: ['constructor'] }) } },
      },
    },
    { Car: { type: 'object', required: ['model'], properties: { model: { type: 'string' }, constructor: { type: 'string' } } } },
  )

  it('a request body without the optional "constructor" field is sent', async () => {
    server.script(json(200, { model: 'W14' }))
    const r = await clientOf(doc, server.url).call('POST', '/cars', { body: { model: 'W14' } })
    expect(r.error).toBeUndefined()
    expect(server.requests).toHaveLength(1)
  })

  it('a response without the optional "constructor" field is data', async () => {
    server.script(json(200, { model: 'W14' }))
    const r = await clientOf(doc, server.url).call('POST', '/cars')
    expect(r.error).toBeUndefined()
    expect(r.data).toEqual({ model: 'W14' })
  })

  it('a response missing a required "constructor" field is invalid_body', async () => {
    server.script(json(200, {}))
    const r = await clientOf(doc, server.url).call('GET', '/things')
    expect(r.error).toMatchObject({ kind: 'invalid_body', reason: expect.stringContaining('constructor') })
  })
})

describe('component schemas named like Object.prototype members', () => {
  it.each(['constructor', 'toString', '__proto__'])('a component named %s is emitted and checked', async (name) => {
    server.script(json(200, { nope: 1 }))
    const doc = spec(
      { '/x': { get: { responses: { 200: jsonResponse({ $ref: `#/components/schemas/${name}` }) } } } },
      { [name]: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } },
    )
    const { call, table } = clientOf(doc, server.url)
    expect(Object.keys(table.schemas)).toEqual([name])
    const r = await call('GET', '/x')
    expect(r.error).toMatchObject({ kind: 'invalid_body' })
  })
})

describe('a polluted Object.prototype', () => {
  const polluted = (key: string, value: unknown) => {
    Object.defineProperty(Object.prototype, key, { value, configurable: true, enumerable: true, writable: true })
    return () => {
      delete (Object.prototype as Record<string, unknown>)[key]
    }
  }

  it('does not give a OneKey client its fetch: signed requests are not handed to it', async () => {
    const stolen: string[] = []
    const restore = polluted('fetch', async (r: Request) => {
      stolen.push(`${r.method} ${r.url} ${r.headers.get('authorization')}`)
      return new Response('{}', { headers: { 'content-type': 'application/json' } })
    })
    try {
      const onekey = createOneKeyClient({ login: 'ReviewLogin', secretKey: 'review-secret', baseUrl: server.url, maxRetries: 0 })
      await onekey.cancelSubscription(1001)
    } finally {
      restore()
    }
    expect(stolen).toEqual([])
    expect(server.requests).toHaveLength(1)
  })

  it('does not give a FunnelFox client its baseUrl: the Fox-Secret stays with the spec server', async () => {
    const seen: string[] = []
    const restore = polluted('baseUrl', `${server.url}/elsewhere`)
    try {
      const fetch = async (r: Request) => {
        seen.push(r.url)
        return (
          json(200, FOX_SUBSCRIPTION) && new Response(JSON.stringify(FOX_SUBSCRIPTION), { headers: { 'content-type': 'application/json' } })
        )
      }
      const fox = createFunnelFoxClient({ secret: 'fox_secret_1', fetch, maxRetries: 0 })
      const r = await fox.cancelSubscription('sub_1')
      expect(r.error).toBeUndefined()
    } finally {
      restore()
    }
    expect(seen).toEqual(['https://api.funnelfox.io/public/v1/subscriptions/sub_1/cancel'])
  })
})
