/**
 * The spec as openapi-typescript is given it (scripts/lib/caller-view.ts):
 * each change types what the client does at run time, and the vendor's spec
 * itself is never changed.
 */
import { describe, expect, it } from 'vitest'
import { asTheCallerSeesIt } from '../../scripts/lib/caller-view.js'
import type { Json } from '../../scripts/lib/spec-refs.js'
import { jsonResponse, spec } from '../adversarial/support.js'

const at = (doc: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((o, k) => (o as Json | undefined)?.[k], doc)

describe('a required writeOnly property is optional (a response may leave it out)', () => {
  const schemas = {
    Password: { type: 'string', writeOnly: true },
    Account: {
      type: 'object',
      required: ['id', 'password', 'pin', 'created'],
      properties: {
        id: { type: 'string' },
        password: { $ref: '#/components/schemas/Password' },
        pin: { type: 'string', writeOnly: true },
        created: { type: 'string', readOnly: true },
        nested: {
          type: 'object',
          required: ['secret', 'name'],
          properties: { secret: { type: 'string', writeOnly: true }, name: { type: 'string' } },
        },
      },
    },
    Wrapped: {
      allOf: [
        { $ref: '#/components/schemas/Account' },
        { type: 'object', required: ['token'], properties: { token: { type: 'string', writeOnly: true } } },
      ],
    },
  }
  const view = asTheCallerSeesIt(spec({}, schemas))

  it('directly, through a $ref, nested, and in an allOf member', () => {
    expect(at(view, 'components', 'schemas', 'Account', 'required')).toEqual(['id', 'created'])
    expect(at(view, 'components', 'schemas', 'Account', 'properties', 'nested', 'required')).toEqual(['name'])
    expect(at(view, 'components', 'schemas', 'Wrapped', 'allOf', '1', 'required')).toEqual([])
  })

  it('a required readOnly property stays required (responses carry it; a request type is stricter than the check, never looser)', () => {
    expect(at(view, 'components', 'schemas', 'Account', 'required')).toContain('created')
  })

  it('examples and defaults are data, not schemas, and are left alone', () => {
    const example = { required: ['pin'], properties: { pin: { writeOnly: true } } }
    const doc = spec({}, { Thing: { type: 'object', example, default: example } })
    expect(at(asTheCallerSeesIt(doc), 'components', 'schemas', 'Thing', 'example')).toEqual(example)
    expect(at(asTheCallerSeesIt(doc), 'components', 'schemas', 'Thing', 'default')).toEqual(example)
  })
})

describe('a required header or query parameter the client sends a default for is optional', () => {
  const param = (extra: Json): Json => ({ name: 'p', in: 'query', required: true, ...extra })
  const optional = (p: Json): boolean => {
    const doc = spec({ '/x': { get: { parameters: [p], responses: { '200': jsonResponse({}) } } } })
    return at(asTheCallerSeesIt(doc), 'paths', '/x', 'get', 'parameters', '0', 'required') === false
  }

  it('a scalar default (string, number, boolean), in a query or a header', () => {
    expect(optional(param({ schema: { type: 'string', default: 'a' } }))).toBe(true)
    expect(optional(param({ schema: { type: 'integer', default: 0 } }))).toBe(true)
    expect(optional(param({ in: 'header', schema: { type: 'boolean', default: false } }))).toBe(true)
  })

  it('not a default the client does not send: an array or object, a path parameter, a default behind a $ref', () => {
    expect(optional(param({ schema: { type: 'array', items: { type: 'string' }, default: ['a'] } }))).toBe(false)
    expect(optional(param({ in: 'path', schema: { type: 'string', default: 'a' } }))).toBe(false)
    expect(optional(param({ schema: { $ref: '#/components/schemas/Order' } }))).toBe(false)
  })
})

describe('media type keys: the type/subtype lowercased, parameters kept', () => {
  it('in operations, components.responses and components.requestBodies', () => {
    const doc = {
      ...spec({
        '/x': {
          post: {
            requestBody: { content: { 'Text/Plain': {} } },
            responses: { '200': { description: 'ok', content: { 'APPLICATION/JSON; charset=UTF-8': {} } } },
          },
        },
      }),
      components: {
        responses: { Err: { description: 'e', content: { 'Application/Problem+JSON': {} } } },
        requestBodies: { B: { content: { 'Application/JSON': {} } } },
      },
    }
    const view = asTheCallerSeesIt(doc)
    expect(Object.keys(at(view, 'paths', '/x', 'post', 'requestBody', 'content') as Json)).toEqual(['text/plain'])
    expect(Object.keys(at(view, 'paths', '/x', 'post', 'responses', '200', 'content') as Json)).toEqual(['application/json; charset=UTF-8'])
    expect(Object.keys(at(view, 'components', 'responses', 'Err', 'content') as Json)).toEqual(['application/problem+json'])
    expect(Object.keys(at(view, 'components', 'requestBodies', 'B', 'content') as Json)).toEqual(['application/json'])
    expect(Object.keys(at(doc, 'paths', '/x', 'post', 'requestBody', 'content') as Json)).toEqual(['Text/Plain'])
  })
})
