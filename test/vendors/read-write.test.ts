/**
 * readOnly and writeOnly (test/fixtures/vendors/members.yaml), typed and at
 * run time against a loopback server: a request body leaves out what only
 * responses carry, response data what only requests carry, whether the flag
 * is on the property, behind a `$ref`, nested in an array item, or on a
 * nullable. Maps (`additionalProperties`) and tuples (`prefixItems`) keep
 * their shape, and so does a problem+json error body.
 */
import { describe, expect, expectTypeOf, it } from 'vitest'
import { createApiClient, type ReadView, type WriteView } from '../../src/index.js'
import type { components } from '../fixtures/vendors/generated/members.js'
import { table } from '../fixtures/vendors/generated/members-operations.js'
import { json, reply, useTestServer } from '../helpers/server.js'

type Member = components['schemas']['Member']

const STORED = { id: 'mem_1', name: 'Ada', created: '2026-01-01T00:00:00Z', nickname: null, cards: [{ last4: '4242' }] }
const server = useTestServer(json(201, STORED))
const members = () => createApiClient({ vendor: 'Members', table, kinds: { 422: 'unprocessable' }, baseUrl: server.url }, { maxRetries: 0 })

describe('a request body leaves out readOnly properties, and keeps writeOnly ones', () => {
  it('a create without the readOnly id, created and nickname compiles, and is sent as given', async () => {
    const body: WriteView<Member> = {
      name: 'Ada',
      password: 's3cret',
      cards: [{ number: '4242424242424242' }],
      metadata: { a: 'b' },
      position: [1, 2],
    }
    const r = await members().call('POST', '/members', { body })
    expect(r.error).toBeUndefined()
    expect(JSON.parse(server.requests.at(-1)?.body.toString() ?? '')).toEqual(body)
  })

  it('types: readOnly keys are not in the body; writeOnly ones are, required as the spec says', () => {
    type Body = WriteView<Member>
    expectTypeOf<Body>().toEqualTypeOf<{
      name: string
      password: string
      cards?: { number: string }[]
      metadata?: { [key: string]: string }
      labels?: { [key: string]: unknown }
      position?: [number, number]
    }>()
    const call = members().call
    // @ts-expect-error id is readOnly: a request does not send it
    void call('POST', '/members', { body: { id: 'mem_1', name: 'Ada', password: 'p' } })
    // @ts-expect-error a card's last4 is readOnly
    void call('POST', '/members', { body: { name: 'Ada', password: 'p', cards: [{ number: '1', last4: '1' }] } })
    // @ts-expect-error password is writeOnly and required: a request must send it
    void call('POST', '/members', { body: { name: 'Ada' } })
  })
})

describe('response data leaves out writeOnly properties, and keeps readOnly ones', () => {
  it('a stored member without its writeOnly password and card number is data', async () => {
    server.script(json(200, STORED))
    const r = await members().call('GET', '/members/{id}', { params: { path: { id: 'mem_1' } } })
    expect(r.data).toEqual(STORED)
    if (r.data !== undefined) {
      expectTypeOf(r.data.id).toEqualTypeOf<string>()
      expectTypeOf(r.data.nickname).toEqualTypeOf<string | null | undefined>()
      expectTypeOf(r.data.cards).toEqualTypeOf<{ last4: string }[] | undefined>()
      expectTypeOf(r.data).not.toHaveProperty('password')
    }
  })

  it('types: data is the read view of the component; an error body is read the same way', async () => {
    server.script(reply(422, JSON.stringify({ title: 'name is taken', trace: 't1' }), { 'content-type': 'application/problem+json' }))
    const r = await members().call('POST', '/members', { body: { name: 'Ada', password: 'p' } })
    expect(r.error).toMatchObject({ kind: 'unprocessable', status: 422, body: { title: 'name is taken', trace: 't1' } })
    expectTypeOf<NonNullable<typeof r.data>>().toEqualTypeOf<ReadView<Member>>()
    expectTypeOf<ReadView<Member>>().toEqualTypeOf<{
      id: string
      name: string
      created: string
      nickname?: string | null
      cards?: { last4: string }[]
      metadata?: { [key: string]: string }
      labels?: { [key: string]: unknown }
      position?: [number, number]
    }>()
    if (r.error?.kind === 'unprocessable') expectTypeOf(r.error.body).toEqualTypeOf<{ title: string; trace?: string }>()
  })

  it('a map or an empty object is not taken for a marker (a body of `additionalProperties: true` stays a map)', () => {
    expectTypeOf<ReadView<{ [key: string]: unknown }>>().toEqualTypeOf<{ [key: string]: unknown }>()
    expectTypeOf<ReadView<Record<string, never>>>().toEqualTypeOf<Record<string, never>>()
    expectTypeOf<WriteView<{ [key: string]: string }>>().toEqualTypeOf<{ [key: string]: string }>()
    expectTypeOf<ReadView<Uint8Array>>().toEqualTypeOf<Uint8Array>()
    expectTypeOf<ReadView<string | null>>().toEqualTypeOf<string | null>()
  })
})
