/**
 * The README's "Adding a vendor" section, followed as written in a copy of
 * the repository: its redocly.yaml entry, its commands, and its client file,
 * taken from the README itself. Then the client compiles strictly, and a call
 * through it reaches a loopback server, typed and checked.
 */
import { execFile, execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse, parseDocument } from 'yaml'
import { ROOT } from '../../scripts/lib/lint-config.js'
import { json, startTestServer, type TestServer } from '../helpers/server.js'

const TIMEOUT = 90_000
const COPIED = ['src', 'generated', 'specs', 'scripts', 'redocly.yaml', 'package.json', 'tsconfig.json']

/** The fenced blocks of the README section `## Adding a vendor`, in order, with their language. */
function sectionBlocks(): { lang: string; text: string }[] {
  const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8')
  const start = readme.indexOf('\n## Adding a vendor\n')
  const end = readme.indexOf('\n## ', start + 1)
  const section = readme.slice(start, end === -1 ? undefined : end)
  return [...section.matchAll(/^( *)```(\w+)\n([\s\S]*?)^\1```$/gm)].map((m) => ({
    lang: m[2] ?? '',
    text: (m[3] ?? '').replace(new RegExp(`^${m[1]}`, 'gm'), ''),
  }))
}

let dir: string
let server: TestServer
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'adding-a-vendor-'))
  for (const entry of COPIED) cpSync(resolve(ROOT, entry), join(dir, entry), { recursive: true })
  symlinkSync(resolve(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
  server = await startTestServer(
    json(200, { id: 'cus_1', kind: 'customer', name: null, status: 'active', created_at: '2026-01-01T00:00:00Z' }),
  )
})
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true })
  await server.close()
})

const run = (command: string, args: string[]): string =>
  execFileSync(command, args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } })

describe('README, Adding a vendor', () => {
  it(
    'one spec, one redocly.yaml entry and the client file make a typed, working client',
    async () => {
      const blocks = sectionBlocks()
      const entry = blocks.find((b) => b.lang === 'yaml')
      const commands = blocks.find((b) => b.lang === 'sh')
      const client = blocks.find((b) => b.lang === 'ts' && b.text.includes('createApiClient('))
      if (entry === undefined || commands === undefined || client === undefined) throw new Error('the README section lost a step')
      expect(client.text.trim().split('\n').length).toBeLessThanOrEqual(20)

      // 1. The spec, and the entry as the README shows it.
      cpSync(resolve(ROOT, 'test/fixtures/vendors/acme.yaml'), join(dir, 'specs/acme.yaml'))
      const redocly = parseDocument(readFileSync(join(dir, 'redocly.yaml'), 'utf8'))
      const shown = parse(entry.text) as { apis: Record<string, unknown> }
      for (const [api, value] of Object.entries(shown.apis)) redocly.setIn(['apis', api], value)
      writeFileSync(join(dir, 'redocly.yaml'), redocly.toString())

      // 2. The commands, as written.
      const command = commands.text.replace(/#.*$/gm, '').trim()
      const out = run('sh', ['-c', command])
      expect(out).toMatch(/acme: generated\/acme\.ts written/)
      expect(out).toMatch(/acme: generated\/acme-operations\.ts written/)

      // 3. The client file, as written; it compiles strictly.
      mkdirSync(join(dir, 'src/acme'), { recursive: true })
      writeFileSync(join(dir, 'src/acme/client.ts'), client.text)
      writeFileSync(
        join(dir, 'src/acme/use.ts'),
        `import { createAcmeClient } from './client.js'
const acme = createAcmeClient({ apiKey: 'acme_key', baseUrl: process.argv[2] ?? '', maxRetries: 0 })
const r = await acme.call('GET', '/customers/{customerId}', { params: { path: { customerId: 'cus_1' } } })
if (r.error) throw new Error(r.error.kind)
const name: string | null = r.data.name
process.stdout.write(JSON.stringify({ name, status: r.data.status }))
`,
      )
      writeFileSync(join(dir, 'tsconfig.acme.json'), JSON.stringify({ extends: './tsconfig.json', include: ['src/acme'] }))
      run(resolve(ROOT, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.acme.json'])

      // It works: the call reaches the server with the key, and the body is checked and typed.
      // Async: the server lives in this process.
      const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/acme/use.ts', server.url], { cwd: dir })
      expect(JSON.parse(stdout)).toEqual({ name: null, status: 'active' })
      expect(server.requests[0]).toMatchObject({ method: 'GET', url: '/customers/cus_1', headers: { 'x-api-key': 'acme_key' } })
    },
    TIMEOUT,
  )
})
