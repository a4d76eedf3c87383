/**
 * Parameter vocabulary beyond the query styles: a header's `explode`, and a
 * query's `allowReserved`, against a loopback server.
 */
import { describe, expect, it } from 'vitest'
import type { Json } from '../../scripts/lib/spec-refs.js'
import { clientOf, jsonResponse, spec } from '../adversarial/support.js'
import { json, type SeenRequest, useTestServer } from '../helpers/server.js'

const server = useTestServer(json(200, {}))
const last = (): SeenRequest => {
  const r = server.requests.at(-1)
  if (r === undefined) throw new Error('no request')
  return r
}
const getter = (...parameters: Json[]) =>
  clientOf(spec({ '/things': { get: { parameters, responses: { '200': jsonResponse({ type: 'object' }) } } } }), server.url).call

describe('a header parameter (style simple)', () => {
  const header = (extra: Json): Json => ({
    name: 'X-Filter',
    in: 'header',
    schema: { type: 'object', additionalProperties: true },
    ...extra,
  })

  it('an object: k,v,k2,v2; with explode: true, k=v,k2=v2 (whatever case the call names the header in)', async () => {
    await getter(header({}))('GET', '/things', { params: { header: { 'X-Filter': { currency: 'EUR', active: true } } } })
    expect(last().headers['x-filter']).toBe('currency,EUR,active,true')
    await getter(header({ explode: true }))('GET', '/things', { params: { header: { 'x-filter': { currency: 'EUR', active: true } } } })
    expect(last().headers['x-filter']).toBe('currency=EUR,active=true')
  })

  it('an array is comma-joined, exploded or not', async () => {
    await getter(header({ explode: true, schema: { type: 'array', items: { type: 'string' } } }))('GET', '/things', {
      params: { header: { 'X-Filter': ['a', 'b'] } },
    })
    expect(last().headers['x-filter']).toBe('a,b')
  })
})

describe('allowReserved on a query parameter', () => {
  const query = (allowReserved: boolean): Json => ({ name: 'return_url', in: 'query', allowReserved, schema: { type: 'string' } })

  it('keeps :/?=@!$()*+,;[] as they are; still encodes spaces, # and & (one would end the query, the other add a parameter)', async () => {
    await getter(query(true))('GET', '/things', { params: { query: { return_url: 'https://shop.example/done?x=1&y=2#top now' } } })
    expect(last().url).toBe('/things?return_url=https://shop.example/done?x=1%26y=2%23top%20now')
  })

  it('without it, everything reserved is encoded', async () => {
    await getter(query(false))('GET', '/things', { params: { query: { return_url: 'https://a.example/?x=1' } } })
    expect(last().url).toBe('/things?return_url=https%3A%2F%2Fa.example%2F%3Fx%3D1')
  })

  it('an array value, exploded: each item keeps its reserved characters', async () => {
    const call = getter({ name: 'next', in: 'query', allowReserved: true, schema: { type: 'array', items: { type: 'string' } } })
    await call('GET', '/things', { params: { query: { next: ['/a?b', '/c'] } } })
    expect(last().url).toBe('/things?next=/a?b&next=/c')
  })
})
