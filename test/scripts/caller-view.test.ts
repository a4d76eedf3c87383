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

describe('a property readOnly or writeOnly through its $ref says so itself (openapi-typescript reads the flag on the property)', () => {
  const schemas = {
    Password: { type: 'string', writeOnly: true },
    Created: { type: 'string', readOnly: true },
    Alias: { $ref: '#/components/schemas/Created' },
    Account: {
      type: 'object',
      required: ['id', 'password', 'created'],
      properties: {
        id: { type: 'string' },
        password: { $ref: '#/components/schemas/Password' },
        created: { $ref: '#/components/schemas/Alias' },
        pin: { type: 'string', writeOnly: true },
        nested: { type: 'object', properties: { secret: { $ref: '#/components/schemas/Password' } } },
      },
    },
  }
  const view = asTheCallerSeesIt(spec({}, schemas))
  const property = (...keys: string[]): unknown => at(view, 'components', 'schemas', 'Account', 'properties', ...keys)

  it('directly, through a chain of $refs, and nested; required-ness is left as the spec says', () => {
    expect(property('password')).toEqual({ $ref: '#/components/schemas/Password', writeOnly: true })
    expect(property('created')).toEqual({ $ref: '#/components/schemas/Alias', readOnly: true })
    expect(property('nested', 'properties', 'secret')).toEqual({ $ref: '#/components/schemas/Password', writeOnly: true })
    expect(at(view, 'components', 'schemas', 'Account', 'required')).toEqual(['id', 'password', 'created'])
  })

  it('a property with its own flag, or a $ref to an unflagged schema, is left alone', () => {
    expect(property('pin')).toEqual({ type: 'string', writeOnly: true })
    expect(property('id')).toEqual({ type: 'string' })
  })

  it('examples and defaults are data, not schemas, and are left alone', () => {
    const example = { properties: { pin: { $ref: '#/components/schemas/Password' } } }
    const doc = spec({}, { ...schemas, Thing: { type: 'object', example, default: example } })
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
