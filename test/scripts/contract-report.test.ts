/**
 * The contract report on changes beyond the mutation corpus: each checked
 * against what the client does with the spec. A default the client sends, an
 * `allOf` that says the same thing differently, keywords only the run-time
 * check reads, and media types matched as the client matches them.
 */
import { describe, expect, it } from 'vitest'
import { summariseSpec } from '../../scripts/lib/contract.js'
import type { Break, Level } from '../../scripts/lib/contract-rules.js'
import { allChanges, compareLocks } from '../../scripts/lib/report.js'
import type { Json } from '../../scripts/lib/spec-refs.js'
import { jsonResponse, spec } from '../adversarial/support.js'

interface Line {
  text: string
  breaks: Break[]
  level: Level
}

function report(before: Json, after: Json): { verdict: string; lines: Line[] } {
  const lock = (doc: Json) => ({ acme: { spec: 'specs/acme.yaml', sha256: JSON.stringify(doc).length.toString(), ...summariseSpec(doc) } })
  const r = compareLocks(lock(before), lock(after))
  return { verdict: r.verdict, lines: allChanges(r).map((c) => ({ text: `${c.subject}: ${c.text}`, breaks: c.breaks, level: c.level })) }
}

const param = (extra: Json): Json => ({ name: 'order', in: 'query', ...extra, schema: { type: 'string', ...(extra.schema as Json) } })
const listing = (...parameters: Json[]): Json =>
  spec({ '/things': { get: { parameters, responses: { '200': jsonResponse({ type: 'object' }) } } } })

describe('a default the client sends for a required header or query parameter', () => {
  const sent = (d: string) => param({ required: true, schema: { default: d } })

  it('changed: every call that leaves it out sends the new value (changed wire)', () => {
    const r = report(listing(sent('-created')), listing(sent('created')))
    expect(r.lines).toEqual([
      {
        text: 'GET /things: query parameter "order": the client sends "created" (was "-created") when a call leaves it out',
        breaks: ['wire'],
        level: 'major',
      },
    ])
  })

  it('removed: calls must pass it (compile break) and calls that left it out sent it (changed wire)', () => {
    const r = report(listing(sent('-created')), listing(param({ required: true })))
    expect(r.lines).toEqual([
      {
        text: 'GET /things: query parameter "order": the client sends nothing (was "-created") when a call leaves it out',
        breaks: ['compile', 'wire'],
        level: 'major',
      },
    ])
  })

  it('added to a parameter callers had to pass: they may now leave it out (minor, no call changes)', () => {
    const r = report(listing(param({ required: true })), listing(sent('-created')))
    expect(r.verdict).toBe('minor')
    expect(r.lines.map((l) => l.breaks)).toEqual([[]])
  })

  it('required → optional beside a default: calls that leave it out stop sending it (changed wire), nothing stops compiling', () => {
    const r = report(listing(sent('-created')), listing(param({ required: false, schema: { default: '-created' } })))
    expect(r.lines.flatMap((l) => l.breaks)).toEqual(['wire'])
    expect(r.lines.map((l) => l.text)).toContain('GET /things: query parameter "order" became optional')
  })

  it('optional → required with a default: the client starts sending it (changed wire), nothing stops compiling', () => {
    const r = report(listing(param({ required: false, schema: { default: '-created' } })), listing(sent('-created')))
    expect(r.lines.flatMap((l) => l.breaks)).toEqual(['wire'])
  })

  it('a new required parameter with a default is sent by the client (changed wire), not a compile break', () => {
    const r = report(listing(), listing(sent('-created')))
    expect(r.lines).toEqual([{ text: 'GET /things: required query parameter "order" added', breaks: ['wire'], level: 'major' }])
  })

  it('a removed parameter the client sent a default for: compile break and changed wire', () => {
    expect(report(listing(sent('-created')), listing()).lines.flatMap((l) => l.breaks)).toEqual(['compile', 'wire'])
  })

  it('the same on a header (OneKey’s Content-Type)', () => {
    const header = (d: string): Json => ({ name: 'Content-Type', in: 'header', required: true, schema: { type: 'string', default: d } })
    expect(
      report(listing(header('application/json')), listing(header('application/json; charset=utf-8'))).lines.flatMap((l) => l.breaks),
    ).toEqual(['wire'])
  })

  it('a default the client does not send (optional, a path parameter, not a scalar) changes nothing for a user', () => {
    const optional = (d: string) => param({ required: false, schema: { default: d } })
    expect(report(listing(optional('a')), listing(optional('b'))).verdict).toBe('patch')
    const list = (d: unknown): Json => ({
      name: 'tags',
      in: 'query',
      required: true,
      schema: { type: 'array', items: { type: 'string' }, default: d },
    })
    expect(report(listing(list(['a'])), listing(list(['b']))).verdict).toBe('patch')
  })
})

const ERROR = { type: 'object', required: ['code'], properties: { code: { type: 'integer' }, message: { type: 'string' } } }
const BASE = { type: 'object', required: ['id'], properties: { id: { type: 'string' } } }
const getting = (schema: unknown, schemas: Json = {}): Json =>
  spec({ '/things': { get: { responses: { '200': jsonResponse(schema) } } } }, schemas)
const posting = (schema: unknown, schemas: Json = {}): Json =>
  spec(
    {
      '/things': {
        post: { requestBody: { required: true, content: { 'application/json': { schema } } }, responses: { '204': { description: 'ok' } } },
      },
    },
    schemas,
  )

describe('allOf compared by what it allows', () => {
  it('an inline schema moved into allOf: [$ref] of the same shape: nothing breaks', () => {
    const r = report(getting(ERROR, { Error: ERROR }), getting({ allOf: [{ $ref: '#/components/schemas/Error' }] }, { Error: ERROR }))
    expect(r.lines.filter((l) => l.breaks.length > 0)).toEqual([])
  })

  it('a $ref wrapped in allOf to add a description: nothing breaks', () => {
    const r = report(
      getting({ $ref: '#/components/schemas/Base' }, { Base: BASE }),
      getting({ allOf: [{ $ref: '#/components/schemas/Base' }], description: 'a thing' }, { Base: BASE }),
    )
    expect(r.lines.filter((l) => l.breaks.length > 0)).toEqual([])
  })

  it('fields split out into a second allOf member: nothing breaks', () => {
    const whole = { type: 'object', required: ['id'], properties: { id: { type: 'string' }, name: { type: 'string' } } }
    const split = { allOf: [{ $ref: '#/components/schemas/Base' }, { type: 'object', properties: { name: { type: 'string' } } }] }
    expect(report(getting(whole, { Base: BASE }), getting(split, { Base: BASE })).lines.filter((l) => l.breaks.length > 0)).toEqual([])
  })

  it('a member that adds a field is reported as that field: optional in a response (minor), required (invalid_body)', () => {
    const base = { allOf: [{ $ref: '#/components/schemas/Base' }] }
    const more = (required: string[]) => ({
      allOf: [{ $ref: '#/components/schemas/Base' }, { properties: { name: { type: 'string' } }, required }],
    })
    expect(report(getting(base, { Base: BASE }), getting(more([]), { Base: BASE })).lines).toEqual([
      { text: 'GET /things: response 200 body property "name" added (optional)', breaks: [], level: 'minor' },
    ])
    expect(report(getting(base, { Base: BASE }), getting(more(['name']), { Base: BASE })).lines.flatMap((l) => l.breaks)).toEqual([
      'invalid_body',
    ])
  })
})

describe('keywords only the run-time check reads', () => {
  const num = (type: string) => ({ type: 'object', properties: { n: { type } } })

  it('integer → number: the same TypeScript type; wider for the check (minor in both directions)', () => {
    expect(report(getting(num('integer')), getting(num('number'))).verdict).toBe('minor')
    expect(report(posting(num('integer')), posting(num('number'))).verdict).toBe('minor')
  })

  it('number → integer: a response body with 1.5 fails (invalid_body); a request with 1.5 is refused before sending', () => {
    expect(report(getting(num('number')), getting(num('integer'))).lines.flatMap((l) => l.breaks)).toEqual(['invalid_body'])
    expect(report(posting(num('number')), posting(num('integer'))).lines.flatMap((l) => l.breaks)).toEqual(['invalid_request'])
  })

  it('integer → string still changes the TypeScript type (compile break)', () => {
    expect(report(posting(num('integer')), posting(num('string'))).lines.flatMap((l) => l.breaks)).toEqual(['compile'])
  })

  it('additionalProperties: false removed: minor both ways; added: invalid_body in a response, refused in a request', () => {
    const closed = { ...BASE, additionalProperties: false }
    expect(report(getting(closed), getting(BASE)).verdict).toBe('minor')
    expect(report(posting(closed), posting(BASE)).verdict).toBe('minor')
    expect(report(getting(BASE), getting(closed)).lines.flatMap((l) => l.breaks)).toEqual(['invalid_body'])
    expect(report(posting(BASE), posting(closed)).lines.flatMap((l) => l.breaks)).toEqual(['invalid_request'])
  })
})

describe('media types matched as the client matches them', () => {
  const responding = (content: Json): Json => spec({ '/things': { get: { responses: { '200': { description: 'ok', content } } } } })
  const schema = { schema: BASE }

  it('a key that changes case only: nothing for a user (the types lowercase it)', () => {
    const r = report(responding({ 'application/json': schema }), responding({ 'Application/JSON': schema }))
    expect(r.verdict).toBe('patch')
  })

  it("a charset parameter added: bodies read as before (no invalid_body), but content['application/json'] is gone from the types", () => {
    const r = report(responding({ 'application/json': schema }), responding({ 'application/json; charset=utf-8': schema }))
    expect(r.lines.flatMap((l) => l.breaks)).toEqual(['compile'])
  })

  it('a text/plain alternative added beside JSON: data becomes a union (compile break)', () => {
    const r = report(
      responding({ 'application/json': schema }),
      responding({ 'application/json': schema, 'text/plain': { schema: { type: 'string' } } }),
    )
    expect(r.lines).toEqual([{ text: 'GET /things: response 200 media type text/plain added', breaks: ['compile'], level: 'major' }])
  })

  it('a second JSON type added: the same data type (minor)', () => {
    const r = report(
      responding({ 'application/json': schema }),
      responding({ 'application/json': schema, 'application/problem+json': schema }),
    )
    expect(r.verdict).toBe('minor')
  })

  it('request: text/plain added beside JSON takes string bodies (minor); removed, a string body stops compiling', () => {
    const body = (content: Json): Json =>
      spec({ '/things': { post: { requestBody: { required: true, content }, responses: { '204': { description: 'ok' } } } } })
    const json = { 'application/json': schema }
    const both = { ...json, 'text/plain': { schema: { type: 'string' } } }
    expect(report(body(json), body(both)).lines).toEqual([
      { text: 'POST /things: request media type text/plain added', breaks: [], level: 'minor' },
    ])
    expect(report(body(both), body(json)).lines).toEqual([
      { text: 'POST /things: request media type text/plain removed', breaks: ['compile'], level: 'major' },
    ])
  })
})

describe('servers: the first is the default base URL', () => {
  const served = (...urls: string[]): Json => ({ ...listing(), servers: urls.map((url) => ({ url })) })

  it('the first moved: changed wire', () => {
    const r = report(served('https://a.example'), served('https://b.example'))
    expect(r.lines).toEqual([{ text: 'servers: https://a.example → https://b.example', breaks: ['wire'], level: 'major' }])
  })

  it('another added after it: nothing for a user', () => {
    expect(report(served('https://a.example'), served('https://a.example', 'https://b.example')).verdict).toBe('patch')
  })
})

describe('readOnly and writeOnly, as the read/write-marked types read them', () => {
  /** One schema, Member, sent by POST /members and returned by it. */
  const members = (props: Json, required: string[] = []): Json =>
    spec(
      {
        '/members': {
          post: {
            requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Member' } } } },
            responses: { '201': jsonResponse({ $ref: '#/components/schemas/Member' }) },
          },
        },
      },
      { Member: { type: 'object', required: ['name', ...required], properties: { name: { type: 'string' }, ...props } } },
    )
  const flagged = (flag?: string) => ({ id: { type: 'string', ...(flag && { [flag]: true }) } })

  it('became read-only: requests no longer send it (compile break for calls that do); responses read it as before', () => {
    const r = report(members(flagged()), members(flagged('readOnly')))
    expect(r.verdict).toBe('major')
    expect(r.lines).toEqual([
      expect.objectContaining({
        text: expect.stringMatching(/Member: property "id" became read-only/),
        breaks: ['compile'],
        level: 'major',
      }),
    ])
  })

  it('became write-only: response data no longer has it (compile break for code that reads it)', () => {
    const r = report(members(flagged()), members(flagged('writeOnly')))
    expect(r.lines).toEqual([
      expect.objectContaining({
        text: expect.stringMatching(/Member: property "id" became write-only/),
        breaks: ['compile'],
        level: 'major',
      }),
    ])
  })

  it('is no longer read-only, optional: a new optional field to send (minor)', () => {
    const r = report(members(flagged('readOnly')), members(flagged()))
    expect(r.verdict).toBe('minor')
    expect(r.lines.map((l) => l.breaks)).toEqual([[]])
  })

  it('is no longer read-only, required: calls must now send it (compile break)', () => {
    const r = report(members(flagged('readOnly'), ['id']), members(flagged(), ['id']))
    expect(r.verdict).toBe('major')
    expect(r.lines).toEqual([expect.objectContaining({ text: expect.stringMatching(/no longer read-only/), breaks: ['compile'] })])
  })

  it('is no longer write-only, required: bodies without it, which the old check let through, now fail it', () => {
    const r = report(members(flagged('writeOnly'), ['id']), members(flagged(), ['id']))
    expect(r.lines).toEqual([expect.objectContaining({ text: expect.stringMatching(/no longer write-only/), breaks: ['invalid_body'] })])
  })
})

describe('one spelling: respellings the types and the run-time check read the same are no change', () => {
  const Card = { type: 'object', required: ['last4'], properties: { last4: { type: 'string' } } }
  const Bank = { type: 'object', required: ['iban'], properties: { iban: { type: 'string' } } }
  const Status = { type: 'string', enum: ['active', 'cancelled'] }
  const schemas = { Card, Bank, Status }
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
  const returning = (body: Json, openapi = '3.1.0'): Json =>
    spec({ '/things': { get: { responses: { '200': jsonResponse(body) } } } }, schemas, openapi)
  const method = (m: Json) => returning({ type: 'object', properties: { method: m } })

  it.each([
    ['anyOf → oneOf', method({ anyOf: [ref('Card'), ref('Bank')] }), method({ oneOf: [ref('Card'), ref('Bank')] })],
    ['members reordered', method({ anyOf: [ref('Card'), ref('Bank')] }), method({ anyOf: [ref('Bank'), ref('Card')] })],
    ['a one-member allOf around a $ref', method(ref('Card')), method({ allOf: [ref('Card')] })],
    ['a one-member oneOf around a $ref', method(ref('Card')), method({ oneOf: [ref('Card')] })],
    [
      'type: object left out beside properties',
      returning(Card),
      returning({ required: ['last4'], properties: { last4: { type: 'string' } } }),
    ],
  ])('%s', (_, before, after) => {
    expect(report(before, after).lines.filter((l) => l.breaks.length > 0)).toEqual([])
  })

  it('a 3.1 null member is nullable: gaining one is "became nullable", once (compile break in a response)', () => {
    const r = report(method(ref('Status')), method({ oneOf: [ref('Status'), { type: 'null' }] }))
    expect(r.lines).toEqual([expect.objectContaining({ text: expect.stringContaining('became nullable'), breaks: ['compile'] })])
  })

  it('3.0: allOf: [$ref] with nullable: true is the $ref, nullable', () => {
    const r = report(method(ref('Status')), { ...method({ allOf: [ref('Status')], nullable: true }), openapi: '3.0.3' })
    expect(r.lines).toEqual([expect.objectContaining({ text: expect.stringContaining('became nullable'), breaks: ['compile'] })])
  })
})

describe('what the types read that the run-time check does not', () => {
  const obj = (extra: Json): Json => ({ type: 'object', properties: { a: { type: 'string' } }, ...extra })
  const returning = (body: Json): Json => spec({ '/things': { get: { responses: { '200': jsonResponse(body) } } } })

  it('additionalProperties: true (or {}) dropped: the index signature goes (compile break); added: minor', () => {
    expect(report(returning(obj({ additionalProperties: true })), returning(obj({}))).lines).toEqual([
      expect.objectContaining({ breaks: ['compile'] }),
    ])
    expect(report(returning(obj({ additionalProperties: {} })), returning(obj({}))).verdict).toBe('major')
    expect(report(returning(obj({})), returning(obj({ additionalProperties: true }))).verdict).toBe('minor')
  })

  it('a discriminator mapping changed: the members’ tag types change (compile break)', () => {
    const d = (value: string): Json =>
      obj({
        discriminator: { propertyName: 'a', mapping: { [value]: '#/components/schemas/X' } },
        oneOf: [{ $ref: '#/components/schemas/X' }],
      })
    const withX = (body: Json): Json => ({ ...returning(body), components: { schemas: { X: obj({}) } } })
    const r = report(withX(d('card')), withX(d('credit_card')))
    expect(r.lines.some((l) => l.text.includes('discriminator') && l.breaks.includes('compile'))).toBe(true)
  })

  it('nullable beside a 3.1 $ref only moves the run-time check (minor, the types are the same)', () => {
    const prop = (p: Json): Json => ({
      ...spec(
        { '/things': { get: { responses: { '200': jsonResponse({ type: 'object', properties: { s: p } }) } } } },
        { S: { type: 'string' } },
      ),
    })
    const r = report(prop({ $ref: '#/components/schemas/S' }), prop({ $ref: '#/components/schemas/S', nullable: true }))
    expect(r.verdict).toBe('minor')
  })

  it("a server variable's default: the first server as the client reads it moves (changed wire)", () => {
    const served = (region: string): Json => ({
      ...returning(obj({})),
      servers: [{ url: 'https://{region}.api.example', variables: { region: { default: region } } }],
    })
    expect(report(served('eu'), served('us')).lines).toEqual([expect.objectContaining({ breaks: ['wire'] })])
  })

  it('a multipart field gaining format: binary is a type change for calls (compile break)', () => {
    const upload = (file: Json): Json =>
      spec({
        '/files': {
          post: {
            requestBody: { content: { 'multipart/form-data': { schema: { type: 'object', properties: { file } } } } },
            responses: { '200': jsonResponse({ type: 'object' }) },
          },
        },
      })
    const r = report(upload({ type: 'string' }), upload({ type: 'string', format: 'binary' }))
    expect(r.lines).toEqual([expect.objectContaining({ breaks: ['compile'] })])
  })
})
