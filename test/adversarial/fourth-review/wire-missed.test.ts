/**
 * Changes to what the client puts on the wire that the contract summary
 * (scripts/lib/contract.ts) does not carry, so the report calls them no
 * contract change (patch) though the README's "changed wire" class covers
 * them: the request the client sends is shown before and after.
 */
import { describe, expect, it } from 'vitest'
import type { Json } from '../../../scripts/lib/spec-refs.js'
import { breaksOf, noContent, report, sent, spec } from './support.js'

describe('changed wire the report does not see', () => {
  it("an operation's own servers added (Stripe's files host): calls without a baseUrl go to another host; today no contract change (patch)", async () => {
    const upload = (servers?: Json[]) =>
      spec({ '/files': { get: { operationId: 'listFiles', ...(servers && { servers }), responses: { '204': noContent } } } })
    const before = upload()
    const after = upload([{ url: 'https://files.acme.test' }])
    expect((await sent(before, 'GET', '/files')).url).toBe('https://api.acme.test/files')
    expect((await sent(after, 'GET', '/files')).url).toBe('https://files.acme.test/files')
    const r = report(before, after)
    // today: [{ line: 'specs/acme.yaml: changed with no contract change', breaks: [], level: 'patch' }]
    expect(breaksOf(r.lines)).toEqual(['wire'])
  })

  it("an operation's server variable default changed: the same; today no contract change (patch)", async () => {
    const upload = (region: string) =>
      spec({
        '/files': {
          get: {
            operationId: 'listFiles',
            servers: [{ url: 'https://files.{region}.acme.test', variables: { region: { default: region } } }],
            responses: { '204': noContent },
          },
        },
      })
    expect((await sent(upload('eu'), 'GET', '/files')).url).toBe('https://files.eu.acme.test/files')
    expect((await sent(upload('us'), 'GET', '/files')).url).toBe('https://files.us.acme.test/files')
    expect(breaksOf(report(upload('eu'), upload('us')).lines)).toEqual(['wire'])
  })

  it('a query parameter gains allowReserved: "a/b:c" goes out unescaped; today no contract change (patch)', async () => {
    const search = (allowReserved: boolean) =>
      spec({
        '/search': {
          get: {
            operationId: 'search',
            parameters: [{ name: 'path', in: 'query', allowReserved, schema: { type: 'string' } }],
            responses: { '204': noContent },
          },
        },
      })
    const init = { params: { query: { path: 'a/b:c' } } }
    expect((await sent(search(false), 'GET', '/search', init)).url).toBe('https://api.acme.test/search?path=a%2Fb%3Ac')
    expect((await sent(search(true), 'GET', '/search', init)).url).toBe('https://api.acme.test/search?path=a/b:c')
    expect(breaksOf(report(search(false), search(true)).lines)).toEqual(['wire'])
  })

  it("a form body field's encoding gains explode: false: tags=a&tags=b becomes tags=a,b; today no contract change (patch)", async () => {
    const form = (encoding?: Json) =>
      spec({
        '/tags': {
          post: {
            operationId: 'tag',
            requestBody: {
              required: true,
              content: {
                'application/x-www-form-urlencoded': {
                  schema: { type: 'object', properties: { tags: { type: 'array', items: { type: 'string' } } } },
                  ...(encoding && { encoding }),
                },
              },
            },
            responses: { '204': noContent },
          },
        },
      })
    const init = { body: { tags: ['a', 'b'] } }
    expect((await sent(form(), 'POST', '/tags', init)).body).toBe('tags=a&tags=b')
    expect((await sent(form({ tags: { explode: false } }), 'POST', '/tags', init)).body).toBe('tags=a%2Cb')
    expect(breaksOf(report(form(), form({ tags: { explode: false } })).lines)).toEqual(['wire'])
  })
})
