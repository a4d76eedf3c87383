/**
 * Vendors that publish one page per operation. On a scratch copy of the
 * repo, `specs:extract` merges a second and third FunnelFox page (fixture
 * pages in the vendor's own format) into the spec: each page's fragment kept
 * byte for byte, the assembly deterministic, conflicts refused by name, and
 * every operation typed and callable after `generate`. OneKey, a vendor of
 * one page, stays exactly as it is.
 */
import { execFile } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'
import { MergeError } from '../../scripts/lib/assemble.js'
import { extractSpec } from '../../scripts/lib/extract.js'
import { lintAll } from '../../scripts/lib/redocly.js'
import { fragmentFromPage, specsAgainstPages } from '../../scripts/lib/spec-files.js'
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
