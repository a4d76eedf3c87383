import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { ExtractError, extractSpec, fencedBlocks } from '../../scripts/lib/extract.js'
import { closedPort } from '../helpers/fixtures.js'

const ROOT = resolve(import.meta.dirname, '../..')
const fixture = (name: string): string => readFileSync(resolve(ROOT, 'test/fixtures', name), 'utf8')
const page = (name: string): string => fixture(`pages/${name}`)

describe('extractSpec', () => {
  it('reproduces specs/funnelfox.yaml byte for byte from the vendor page', () => {
    const spec = extractSpec(fixture('funnelfox-cancel-subscription.md'))
    expect(spec.format).toBe('yaml')
    expect(spec.text).toBe(readFileSync(resolve(ROOT, 'specs/funnelfox.yaml'), 'utf8'))
  })

  it('reproduces specs/onekey.json byte for byte from the vendor page', () => {
    const spec = extractSpec(fixture('onekey-cancel-subscription.md'))
    expect(spec.format).toBe('json')
    expect(spec.text).toBe(readFileSync(resolve(ROOT, 'specs/onekey.json'), 'utf8'))
  })

  it('accepts a raw YAML document and a tilde fence', () => {
    expect(extractSpec(page('raw.yaml')).openapi).toBe('3.1.0')
    expect(extractSpec(page('tilde.md'))).toMatchObject({ openapi: '3.0.3', format: 'yaml', line: 2 })
  })

  it.each([
    ['no-spec.md', /no OpenAPI document found/],
    ['two-specs.md', /2 candidate OpenAPI blocks \(line 4, line 10\)/],
    ['bad-yaml.md', /unparsable YAML in the block at line 4/],
    ['bad-json.md', /unparsable JSON in the block at line 2/],
    ['swagger2.md', /not OpenAPI 3\.x \(swagger: 2\.0\)/],
  ])('%s gets a one-line error', (name, message) => {
    let error: unknown
    try {
      extractSpec(page(name))
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ExtractError)
    expect((error as Error).message).toMatch(message)
    expect((error as Error).message).not.toContain('\n')
  })

  it('keeps a longer inner fence inside a four-backtick block', () => {
    const blocks = fencedBlocks('````yaml\na: 1\n```\nb: 2\n````\n')
    expect(blocks).toEqual([{ lang: 'yaml', info: 'yaml', text: 'a: 1\n```\nb: 2\n', line: 2 }])
  })

  it('reads the operation a Mintlify fence names, and refuses a page whose document lacks it', () => {
    const page = fixture('funnelfox-cancel-subscription.md')
    expect(extractSpec(page).declares).toEqual({ document: '/swagger/openapi.json', operation: 'POST /subscriptions/{id}/cancel' })
    expect(() => extractSpec(page.replace('post /subscriptions/{id}/cancel', 'get /subscriptions/{id}'))).toThrow(
      /^the block at line 17 is headed GET \/subscriptions\/\{id\} but its document has no such operation$/,
    )
  })
})

describe('npm run specs:extract (the CLI)', () => {
  const run = promisify(execFile)
  const cli = (...args: string[]) =>
    run(process.execPath, ['--import', 'tsx', resolve(ROOT, 'scripts/extract-spec.ts'), ...args], { cwd: ROOT }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    )

  it('prints one line, no stack trace, for a page with no spec', async () => {
    const r = await cli(resolve(ROOT, 'test/fixtures/pages/no-spec.md'), 'nothing')
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/^specs:extract: error: no OpenAPI document found[^\n]*\n$/)
  })

  it('prints one line for an unreachable URL', async () => {
    const port = await closedPort()
    const r = await cli(`http://127.0.0.1:${port}/docs/cancel`, 'nothing')
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(`specs:extract: error: cannot reach http://127.0.0.1:${port}/docs/cancel: ECONNREFUSED\n`)
  })

  it('refuses a page outside the repository that has no --url, since specs:update could not fetch it again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sc-'))
    writeFileSync(join(dir, 'page.md'), fixture('onekey-cancel-subscription.md'))
    const r = await cli(join(dir, 'page.md'), 'onekey')
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      `specs:extract: error: ${join(dir, 'page.md')} is outside the repository: keep the page under test/fixtures/, or pass --url so specs:update can fetch it\n`,
    )
  })

  it('rejects a bad api name before writing anything', async () => {
    const r = await cli(join(mkdtempSync(join(tmpdir(), 'sc-')), 'x.md'), '../evil')
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/api name "\.\.\/evil" must be lowercase/)
  })
})
