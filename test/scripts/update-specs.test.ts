/**
 * npm run specs:update, end to end and offline: a scratch copy of the repo
 * whose provenance points at a page server on 127.0.0.1 (same paths as the
 * vendors' URLs), serving the seed pages as they are or changed.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { extractSpec } from '../../scripts/lib/extract.js'
import { specsAgainstPages } from '../../scripts/lib/spec-files.js'
import { type Cleanup, fixture, pageRepo, read, runScript, snapshot } from './support.js'

const FOX = '/docs/api-reference/cancel-subscription.md'
const ONEKEY = '/api-reference/deposits-api/manage-subscriptions/cancel-a-subscription.md'
const SEEDS = new Map([
  [FOX, fixture('funnelfox-cancel-subscription.md')],
  [ONEKEY, fixture('onekey-cancel-subscription.md')],
])

const cleanup: Cleanup = []
afterEach(async () => {
  for (const undo of cleanup.splice(0).reverse()) await undo()
})

const setUp = (pages: Map<string, string>) => pageRepo(pages, cleanup)

const priceAsString = (page: string): string =>
  page.replace('                  price:\n                    type: integer', '                  price:\n                    type: string')
const couponAdded = (page: string): string =>
  page.replace(
    '                  custom_entitlement:\n',
    '                  coupon:\n                    type: string\n                  custom_entitlement:\n',
  )

describe('npm run specs:update', () => {
  it('exits 0 and writes nothing when no page changed', async () => {
    const { dir, hits } = await setUp(SEEDS)
    const before = snapshot(dir)
    const r = await runScript(dir, 'update-specs', [])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('funnelfox/cancel-subscription  unchanged')
    expect(r.stdout).toContain('Verdict: no contract change: no release needed')
    expect(hits.sort()).toEqual([ONEKEY, FOX].sort())
    expect(snapshot(dir)).toEqual(before)
  }, 30_000)

  it('reports a changed page, classed, exits 3 for a breaking change, and leaves the tree untouched', async () => {
    const { dir } = await setUp(new Map([...SEEDS, [FOX, priceAsString(SEEDS.get(FOX) ?? '')]]))
    const before = snapshot(dir)
    const out = mkdtempSync(join(tmpdir(), 'report-'))
    cleanup.push(() => rmSync(out, { recursive: true }))
    const r = await runScript(dir, 'update-specs', ['--markdown', join(out, 'report.md')])
    expect(r.code).toBe(3)
    expect(r.stdout).toMatch(/funnelfox\/cancel-subscription {2}changed {2}sha256 d7e1a40932e2… → [0-9a-f]{12}…/)
    expect(r.stdout).toContain(
      '  BREAKING      POST /subscriptions/{id}/cancel: response 200 body property "price" type integer → string\n',
    )
    expect(r.stdout).toContain('compile break, invalid_body at run time: ')
    expect(r.stdout).toContain('onekey (specs/onekey.json): unchanged')
    expect(r.stdout).toContain('Verdict: major (1 breaking, 0 non-breaking)')
    expect(r.stdout).toContain('Nothing written; run again with --write to apply.')
    const markdown = readFileSync(join(out, 'report.md'), 'utf8')
    expect(markdown).toMatch(/^## Vendor spec update \(against specs\/contract\.lock\.json\): \*\*major\*\*\n/)
    expect(markdown).toContain(
      '| **breaking** | `POST /subscriptions/{id}/cancel`: response 200 body property "price" type integer → string |',
    )
    expect(snapshot(dir)).toEqual(before)
  }, 30_000)

  it('exits 2 for a non-breaking change; --write applies it, and generate then makes the report empty', async () => {
    const changed = couponAdded(SEEDS.get(FOX) ?? '')
    const { dir } = await setUp(new Map([...SEEDS, [FOX, changed]]))
    const dry = await runScript(dir, 'update-specs', [])
    expect(dry.code).toBe(2)
    expect(dry.stdout).toContain('  non-breaking  POST /subscriptions/{id}/cancel: response 200 body property "coupon" added (optional)\n')
    expect(dry.stdout).toContain('Verdict: minor (0 breaking, 1 non-breaking)')

    const applied = await runScript(dir, 'update-specs', ['--write'])
    expect(applied.code).toBe(2)
    expect(applied.stdout).toContain('Wrote specs/funnelfox.yaml, specs/provenance.json, test/fixtures/funnelfox-cancel-subscription.md')
    expect(read(dir, 'specs/funnelfox.yaml')).toBe(extractSpec(changed).text)
    expect(read(dir, 'test/fixtures/funnelfox-cancel-subscription.md')).toBe(changed)
    expect(specsAgainstPages(dir)).toEqual([])
    const page = JSON.parse(read(dir, 'specs/provenance.json')).funnelfox.pages[0]
    expect(page.retrievedAt).not.toBe('2026-11-23T14:11:20.018Z')

    expect((await runScript(dir, 'generate', [])).code).toBe(0)
    const diff = await runScript(dir, 'diff-specs', [])
    expect(diff.code).toBe(0)
    expect(diff.stdout).toContain('Verdict: no contract change')
    expect((await runScript(dir, 'update-specs', [])).code).toBe(0)
  }, 60_000)

  it('reports a shared-schema change once, with the operations it touches, across several pages', async () => {
    const list = fixture('funnelfox-list-subscriptions.md')
    const details = fixture('funnelfox-get-subscription-details.md')
    const paths = { list: '/docs/api-reference/list-subscriptions.md', details: '/docs/api-reference/get-subscription-details.md' }
    const grace = (t: string): string => t.replace('        - unpaid\n', '        - unpaid\n        - grace\n')
    const pages = new Map([...SEEDS, [paths.list, grace(list)], [paths.details, grace(details)]])
    const { dir, origin } = await setUp(pages)
    for (const [file, path] of [
      ['test/fixtures/funnelfox-list-subscriptions.md', paths.list],
      ['test/fixtures/funnelfox-get-subscription-details.md', paths.details],
    ] as const) {
      expect((await runScript(dir, 'extract-spec', [file, 'funnelfox', '--url', `${origin}${path}`])).code).toBe(0)
    }
    expect((await runScript(dir, 'generate', [])).code).toBe(0)
    const before = snapshot(dir)
    const r = await runScript(dir, 'update-specs', [])
    expect(r.code).toBe(3)
    const lines = r.stdout.split('\n')
    expect(lines.filter((l) => l.includes('"grace" added'))).toEqual([
      '  BREAKING      components.schemas.SubscriptionStatus: enum value "grace" added',
    ])
    expect(r.stdout).toContain('in requests, every call that compiled still compiles; in responses, code that handles only the old values')
    expect(r.stdout).toContain('used by GET /subscriptions (request, response), GET /subscriptions/{id} (response)\n')
    expect(r.stdout).toContain('funnelfox/list-subscriptions  changed')
    expect(r.stdout).toContain('funnelfox/cancel-subscription  unchanged')
    expect(snapshot(dir)).toEqual(before)
  }, 60_000)

  it('specs:extract from a URL records it, merges the page, and refreshes the local copy of a known page that changed', async () => {
    const list = fixture('funnelfox-list-subscriptions.md')
    const changed = couponAdded(SEEDS.get(FOX) ?? '')
    const { dir, origin } = await setUp(
      new Map([
        [FOX, changed],
        ['/docs/api-reference/list-subscriptions.md', list],
      ]),
    )
    const added = await runScript(dir, 'extract-spec', [`${origin}/docs/api-reference/list-subscriptions.md`, 'funnelfox'])
    expect(added.stderr).toBe('')
    expect(added.stdout).toContain('funnelfox: page "list-subscriptions" → specs/funnelfox/list-subscriptions.yaml')
    const again = await runScript(dir, 'extract-spec', [`${origin}${FOX}`, 'funnelfox'])
    expect(again.code).toBe(0)
    expect(read(dir, 'test/fixtures/funnelfox-cancel-subscription.md')).toBe(changed)
    const pages = JSON.parse(read(dir, 'specs/provenance.json')).funnelfox.pages as { page: string; url?: string; copy?: string }[]
    expect(pages.map((p) => [p.page, p.url, p.copy])).toEqual([
      ['cancel-subscription', `${origin}${FOX}`, 'test/fixtures/funnelfox-cancel-subscription.md'],
      ['list-subscriptions', `${origin}/docs/api-reference/list-subscriptions.md`, undefined],
    ])
    expect(specsAgainstPages(dir)).toEqual([])
  }, 30_000)

  it('gets a one-line error and writes nothing for a page it cannot fetch or whose spec does not lint', async () => {
    const gone = await setUp(new Map([[FOX, SEEDS.get(FOX) ?? '']]))
    const before = snapshot(gone.dir)
    const missing = await runScript(gone.dir, 'update-specs', ['--write'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toBe(`specs:update: error: onekey/cancel-a-subscription: cannot fetch ${gone.origin}${ONEKEY}: HTTP 404\n`)
    expect(snapshot(gone.dir)).toEqual(before)

    const dangling = (t: string): string =>
      t.replace(
        "        '404':\n          description: Subscription not found\n",
        "        '404':\n          $ref: '#/components/responses/NotFound'\n          description: Subscription not found\n",
      )
    const broken = await setUp(new Map([...SEEDS, [FOX, dangling(SEEDS.get(FOX) ?? '')]]))
    const unchanged = snapshot(broken.dir)
    const r = await runScript(broken.dir, 'update-specs', ['--write'])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/funnelfox {2}error {2}no-unresolved-refs/)
    expect(r.stderr).toMatch(/^specs:update: error: the updated specs have \d+ lint errors \(above\); nothing written\n$/)
    expect(snapshot(broken.dir)).toEqual(unchanged)
    expect(existsSync(join(broken.dir, 'specs/funnelfox'))).toBe(false)
  }, 30_000)
})
