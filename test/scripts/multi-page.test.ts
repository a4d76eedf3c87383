/**
 * Vendors that publish one page per operation. On a scratch copy of the
 * repo, `specs:extract` merges a second and third FunnelFox page (fixture
 * pages in the vendor's own format) into the spec: each page's fragment kept
 * byte for byte, the assembly deterministic, conflicts refused by name, and
 * every operation typed and callable after `generate`. OneKey, a vendor of
 * one page, stays exactly as it is.
 */
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'
import { MergeError, mergeFragments } from '../../scripts/lib/assemble.js'
import { summariseSpec } from '../../scripts/lib/contract.js'
import { extractSpec } from '../../scripts/lib/extract.js'
import { lintAll } from '../../scripts/lib/redocly.js'
import { fragmentFromPage, specsAgainstPages } from '../../scripts/lib/spec-files.js'
import type { Json } from '../../scripts/lib/spec-refs.js'
import { planVendor } from '../../scripts/lib/vendor-pages.js'
import { FOX_SUBSCRIPTION } from '../helpers/fixtures.js'
import { json, startTestServer } from '../helpers/server.js'
import { fixture, ROOT, read, removeRepo, runScript, snapshot, tempRepo } from './support.js'

const LIST = 'test/fixtures/funnelfox-list-subscriptions.md'
const DETAILS = 'test/fixtures/funnelfox-get-subscription-details.md'
const repos: string[] = []
const repo = (): string => {
  const dir = tempRepo()
  repos.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of repos.splice(0)) removeRepo(dir)
})

async function extract(dir: string, ...args: string[]): Promise<void> {
  const r = await runScript(dir, 'extract-spec', args)
  expect(r.stderr, r.stdout).toBe('')
  expect(r.code).toBe(0)
}

describe('specs:extract on a vendor with several pages', () => {
  it('adds a page and keeps the others; every fragment byte-faithful; provenance lists each page', async () => {
    const dir = repo()
    const cancel = read(dir, 'specs/funnelfox.yaml')
    await extract(dir, LIST, 'funnelfox')
    await extract(dir, DETAILS, 'funnelfox')

    expect(read(dir, 'specs/funnelfox/cancel-subscription.yaml')).toBe(cancel)
    expect(read(dir, 'specs/funnelfox/list-subscriptions.yaml')).toBe(extractSpec(fixture('funnelfox-list-subscriptions.md')).text)
    expect(read(dir, 'specs/funnelfox/get-subscription-details.yaml')).toBe(
      extractSpec(fixture('funnelfox-get-subscription-details.md')).text,
    )
    const provenance = JSON.parse(read(dir, 'specs/provenance.json'))
    expect(provenance.funnelfox.spec).toBe('specs/funnelfox.yaml')
    expect(provenance.funnelfox.pages.map((p: { page: string; operations: string[] }) => [p.page, p.operations])).toEqual([
      ['cancel-subscription', ['POST /subscriptions/{id}/cancel']],
      ['get-subscription-details', ['GET /subscriptions/{id}']],
      ['list-subscriptions', ['GET /subscriptions']],
    ])
    expect(provenance.funnelfox.pages[0]).toMatchObject({
      url: 'https://funnelfox.com/docs/api-reference/cancel-subscription.md',
      copy: 'test/fixtures/funnelfox-cancel-subscription.md',
      document: '/swagger/openapi.json',
    })
    expect(specsAgainstPages(dir)).toEqual([])
    expect(lintAll(dir).errors).toBe(0)
  })

  it('assembles the same bytes whatever the extraction order, and re-extracting a page changes nothing', async () => {
    const one = repo()
    const two = repo()
    await extract(one, LIST, 'funnelfox')
    await extract(one, DETAILS, 'funnelfox')
    await extract(two, DETAILS, 'funnelfox')
    await extract(two, LIST, 'funnelfox')
    expect(read(two, 'specs/funnelfox.yaml')).toBe(read(one, 'specs/funnelfox.yaml'))
    const before = snapshot(one)
    const again = await runScript(one, 'extract-spec', [LIST, 'funnelfox'])
    expect(again.stdout).toContain('unchanged since the last extraction')
    expect(snapshot(one)).toEqual(before)
  })

  it('refuses a page whose default name another page already has, suggests a longer one, and writes nothing; --page names it', async () => {
    const dir = repo()
    mkdirSync(join(dir, 'docs/list'), { recursive: true })
    mkdirSync(join(dir, 'docs/details'), { recursive: true })
    writeFileSync(join(dir, 'docs/list/get.md'), fixture('funnelfox-list-subscriptions.md'))
    writeFileSync(join(dir, 'docs/details/get.md'), fixture('funnelfox-get-subscription-details.md'))
    expect((await runScript(dir, 'extract-spec', ['docs/list/get.md', 'funnelfox'])).code).toBe(0)
    const before = snapshot(dir)
    const clash = await runScript(dir, 'extract-spec', ['docs/details/get.md', 'funnelfox'])
    expect(clash.code).toBe(1)
    expect(clash.stderr).toBe(
      'specs:extract: error: page "get" is already docs/list/get.md; this one would replace it. ' +
        'Name this page: --page details-get (or --page get to replace that page)\n',
    )
    expect(snapshot(dir)).toEqual(before)
    const named = await runScript(dir, 'extract-spec', ['docs/details/get.md', 'funnelfox', '--page', 'details-get'])
    expect(named.code, named.stderr).toBe(0)
    const pages = JSON.parse(read(dir, 'specs/provenance.json')).funnelfox.pages as { page: string; operations: string[] }[]
    expect(pages.flatMap((p) => p.operations)).toEqual(expect.arrayContaining(['GET /subscriptions', 'GET /subscriptions/{id}']))
    // re-extracting the first page by its path finds it by its copy, not by its name
    expect((await runScript(dir, 'extract-spec', ['docs/list/get.md', 'funnelfox'])).stdout).toContain('unchanged')
  })

  it('refuses a page that disagrees with another on a shared part, naming it, and writes nothing', async () => {
    const dir = repo()
    await extract(dir, LIST, 'funnelfox')
    const before = snapshot(dir)
    const changed = fixture('funnelfox-get-subscription-details.md').replace(
      '        billing_interval_count:\n',
      '        billing_count:\n',
    )
    writeFileSync(join(dir, 'details.md'), changed)
    const r = await runScript(dir, 'extract-spec', ['details.md', 'funnelfox'])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      'specs:extract: error: pages "details" and "list-subscriptions" disagree on components.schemas.Subscription; ' +
        "the vendor's pages must share one components.schemas.Subscription\n",
    )
    expect(snapshot(dir)).toEqual(before)
  })

  it('gets a one-line error for a provenance page with neither url nor copy', async () => {
    const dir = repo()
    const provenance = JSON.parse(read(dir, 'specs/provenance.json'))
    delete provenance.onekey.pages[0].url
    delete provenance.onekey.pages[0].copy
    writeFileSync(join(dir, 'specs/provenance.json'), JSON.stringify(provenance))
    const r = await runScript(dir, 'extract-spec', [LIST, 'funnelfox'])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      'specs:extract: error: specs/provenance.json: a page of "onekey" lacks its fragment, sha256, or both url and copy\n',
    )
  })

  it('keeps a single-page vendor exactly as it was', async () => {
    const dir = repo()
    const before = snapshot(dir)
    await extract(dir, 'test/fixtures/onekey-cancel-subscription.md', 'onekey')
    await extract(dir, 'test/fixtures/funnelfox-cancel-subscription.md', 'funnelfox')
    expect(snapshot(dir)).toEqual(before)
    expect(existsSync(join(dir, 'specs/onekey'))).toBe(false)
  })
})

describe('merging fragments (planVendor)', () => {
  const page = (name: string, file: string, change: (t: string) => string = (t) => t) =>
    fragmentFromPage({ page: name }, change(fixture(file)))
  const plan = (...pages: ReturnType<typeof page>[]) => planVendor('funnelfox', undefined, pages, '2026-01-01T00:00:00Z')
  const error = (run: () => unknown): string => {
    try {
      run()
    } catch (e) {
      expect(e).toBeInstanceOf(MergeError)
      return (e as Error).message
    }
    return 'no error'
  }

  it('refuses two pages with the same operation', () => {
    const list = page('list', 'funnelfox-list-subscriptions.md')
    const copy = page('list-again', 'funnelfox-list-subscriptions.md')
    expect(error(() => plan(list, copy))).toBe('operation GET /subscriptions is on pages "list" and "list-again"')
  })

  it('refuses pages that disagree on servers or info', () => {
    const cancel = page('cancel', 'funnelfox-cancel-subscription.md')
    const moved = page('list', 'funnelfox-list-subscriptions.md', (t) =>
      t.replace('api.funnelfox.io/public/v1', 'api.funnelfox.io/public/v2'),
    )
    expect(error(() => plan(cancel, moved))).toMatch(/^pages "cancel" and "list" disagree on servers;/)
    const versioned = page('list', 'funnelfox-list-subscriptions.md', (t) => t.replace('  version: 1.0.0', '  version: 1.1.0'))
    expect(error(() => plan(cancel, versioned))).toMatch(/^pages "cancel" and "list" disagree on info;/)
  })

  it('refuses pages cut from different vendor documents', () => {
    const cancel = page('cancel', 'funnelfox-cancel-subscription.md')
    const other = page('list', 'funnelfox-list-subscriptions.md', (t) => t.replace('/swagger/openapi.json get', '/v2/openapi.json get'))
    expect(error(() => plan(cancel, other))).toBe(
      'the pages come from different vendor documents ("cancel" from /swagger/openapi.json, "list" from /v2/openapi.json)',
    )
  })

  it('keeps a single page as its own spec, byte for byte, with nothing assembled', () => {
    const cancel = page('cancel-subscription', 'funnelfox-cancel-subscription.md')
    const single = plan(cancel)
    expect(single.files).toEqual({ 'specs/funnelfox.yaml': read(ROOT, 'specs/funnelfox.yaml') })
    expect(single.record.pages[0]?.fragment).toBe('specs/funnelfox.yaml')
  })
})

describe('path-level fields stay with the page that declared them (mergeFragments)', () => {
  const op = (id: string, extra: Json = {}): Json => ({ operationId: id, responses: { '204': { description: 'ok' } }, ...extra })
  const doc = (item: Json, components: Json = {}): Json => ({
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: { '/things/{id}': item },
    components,
  })
  const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } }
  const team = { name: 'X-Team', in: 'header', required: true, schema: { type: 'string' } }
  const params = (merged: Json, op: string): string[] => Object.keys(summariseSpec(merged).operations[op]?.parameters ?? {})

  it("one page's path-level parameters apply to its own operations only, and both pages' operations keep theirs", () => {
    const a = doc({ parameters: [idParam, team], get: op('getThing'), put: op('putThing') })
    const b = doc({ parameters: [idParam], delete: op('deleteThing') })
    const merged = mergeFragments([
      { page: 'a', document: a },
      { page: 'b', document: b },
    ])
    expect(params(merged, 'GET /things/{id}')).toEqual(['path id', 'header X-Team'])
    expect(params(merged, 'PUT /things/{id}')).toEqual(['path id', 'header X-Team'])
    expect(params(merged, 'DELETE /things/{id}')).toEqual(['path id'])
    // the page documents are not changed
    expect((a.paths as Json)['/things/{id}']).toHaveProperty('parameters')
  })

  it('an operation-level parameter overrides the path-level one of the same name and location, also through a $ref', () => {
    const components = { parameters: { Team: { ...team, required: false } } }
    const a = doc(
      { parameters: [idParam, team], get: op('getThing', { parameters: [{ $ref: '#/components/parameters/Team' }] }) },
      components,
    )
    const b = doc({ delete: op('deleteThing', { parameters: [idParam] }) }, components)
    const merged = mergeFragments([
      { page: 'a', document: a },
      { page: 'b', document: b },
    ])
    const get = summariseSpec(merged).operations['GET /things/{id}']
    expect(get?.parameters['header X-Team']?.required).toBe(false)
    expect(Object.keys(get?.parameters ?? {}).sort()).toEqual(['header X-Team', 'path id'])
  })

  it("one page's path-level servers go to its own operations, not another page's", () => {
    const servers = [{ url: 'https://uploads.example' }]
    const merged = mergeFragments([
      { page: 'a', document: doc({ servers, parameters: [idParam], put: op('upload') }) },
      { page: 'b', document: doc({ parameters: [idParam], get: op('getThing') }) },
    ])
    const item = (merged.paths as Json)['/things/{id}'] as Json
    expect(item.servers).toBeUndefined()
    expect((item.put as Json).servers).toEqual(servers)
    expect((item.get as Json).servers).toBeUndefined()
  })
})

describe('a merged operation is typed and callable', () => {
  const CONSUMER = `import createClient from 'openapi-fetch'
import type { operations, paths } from './generated/funnelfox.js'

const header = { 'Fox-Secret': 'secret_test' }
const api = createClient<paths>({ baseUrl: process.env.BASE_URL ?? '' })
const query: NonNullable<operations['SubscriptionsList']['parameters']['query']> = { status: ['active', 'paused'], limit: 2 }
const list = await api.GET('/subscriptions', { params: { query, header } })
const one = await api.GET('/subscriptions/{id}', { params: { path: { id: 'sub_1' }, header } })
const cancelled = await api.POST('/subscriptions/{id}/cancel', { params: { path: { id: 'sub_1' }, header }, body: { reason: 'Too expensive' } })
const ids: (string | undefined)[] = [list.data?.data[0]?.id, one.data?.id, cancelled.data?.id]
export function wrong() {
  // @ts-expect-error 'grace' is not a SubscriptionStatus
  return api.GET('/subscriptions', { params: { query: { status: ['grace'] }, header } })
}
process.stdout.write(JSON.stringify({ ids, hasMore: list.data?.pagination.has_more }))
`

  it('after generate, all three FunnelFox operations type-check and run against a loopback server', async () => {
    const dir = repo()
    await extract(dir, LIST, 'funnelfox')
    await extract(dir, DETAILS, 'funnelfox')
    const generated = await runScript(dir, 'generate', [])
    expect(generated.code, generated.stderr).toBe(0)
    writeFileSync(join(dir, 'consumer.ts'), CONSUMER)
    const strict = {
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      target: 'ES2022',
      lib: ['ES2022', 'DOM'],
    }
    const options = { ...strict, module: 'NodeNext', moduleResolution: 'NodeNext', types: ['node'], noEmit: true, skipLibCheck: true }
    writeFileSync(join(dir, 'tsconfig.consumer.json'), JSON.stringify({ compilerOptions: options, files: ['consumer.ts'] }))
    const run = promisify(execFile)
    const tsc = resolve(ROOT, 'node_modules/typescript/bin/tsc')
    await run(process.execPath, [tsc, '-p', 'tsconfig.consumer.json'], { cwd: dir }).catch((e: { stdout: string }) => expect.fail(e.stdout))

    const server = await startTestServer((req) =>
      json(200, req.url.startsWith('/subscriptions?') ? { data: [FOX_SUBSCRIPTION], pagination: { has_more: false } } : FOX_SUBSCRIPTION),
    )
    try {
      const env = { ...process.env, BASE_URL: server.url }
      const out = await run(process.execPath, ['--import', 'tsx', 'consumer.ts'], { cwd: dir, env })
      expect(JSON.parse(out.stdout)).toEqual({ ids: ['sub_1', 'sub_1', 'sub_1'], hasMore: false })
      expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
        'GET /subscriptions?status=active&status=paused&limit=2',
        'GET /subscriptions/sub_1',
        'POST /subscriptions/sub_1/cancel',
      ])
    } finally {
      await server.close()
    }
  }, 60_000)
})
