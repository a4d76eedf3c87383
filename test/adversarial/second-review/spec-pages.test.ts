/**
 * Found by a second adversarial review, and fixed (each case failed before the fix): specs:extract and the page assembly (scripts/extract-spec.ts, scripts/lib/assemble.ts).
 */
import { afterEach, describe, expect, it } from 'vitest'
import { mergeFragments } from '../../../scripts/lib/assemble.js'
import { summariseSpec } from '../../../scripts/lib/contract.js'
import type { Json } from '../../../scripts/lib/spec-refs.js'
import { fixture, pageServer, read, removeRepo, runScript, tempRepo } from '../../scripts/support.js'

const repos: string[] = []
afterEach(() => {
  for (const dir of repos.splice(0)) removeRepo(dir)
})

describe('specs:extract: two vendor pages whose URLs end in the same segment', () => {
  it('a second page named like a known one (…/list/get.md, …/details/get.md) must not silently replace it', async () => {
    const dir = tempRepo()
    repos.push(dir)
    const pages = new Map([
      ['/docs/subscriptions/list/get.md', fixture('funnelfox-list-subscriptions.md')],
      ['/docs/subscriptions/details/get.md', fixture('funnelfox-get-subscription-details.md')],
    ])
    const server = await pageServer(pages)
    try {
      const first = await runScript(dir, 'extract-spec', [`${server.origin}/docs/subscriptions/list/get.md`, 'funnelfox'])
      expect(first.code, first.stderr).toBe(0)
      const second = await runScript(dir, 'extract-spec', [`${server.origin}/docs/subscriptions/details/get.md`, 'funnelfox'])
      const operations = JSON.parse(read(dir, 'specs/provenance.json')).funnelfox.pages.flatMap(
        (p: { operations: string[] }) => p.operations,
      )
      // today: exit 0, page "get" now holds GET /subscriptions/{id} only: GET /subscriptions (the list page) is gone from the spec
      if (second.code === 0) expect(operations).toContain('GET /subscriptions')
      else expect(second.stderr).toMatch(/get/)
    } finally {
      await server.close()
    }
  })
})

describe('assembly: path-level fields belong to the page that declared them', () => {
  const op = (id: string): Json => ({ operationId: id, responses: { '204': { description: 'ok' } } })
  const doc = (item: Json): Json => ({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths: { '/things/{id}': item } })

  it('a required header one page declares at path level does not become required for another page’s operation on that path', () => {
    const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } }
    const pageA = doc({
      parameters: [idParam, { name: 'X-Team', in: 'header', required: true, schema: { type: 'string' } }],
      get: op('getThing'),
    })
    const pageB = doc({ delete: { ...op('deleteThing'), parameters: [idParam] } })
    const merged = mergeFragments([
      { page: 'get-thing', document: pageA },
      { page: 'delete-thing', document: pageB },
    ])
    // neither page says DELETE /things/{id} takes X-Team; the assembly does (today: required header parameter "X-Team")
    expect(Object.keys(summariseSpec(merged).operations['DELETE /things/{id}']?.parameters ?? {})).toEqual(['path id'])
  })
})
