/**
 * The client runtime on web-standard APIs only: no `node:` imports in src/
 * (the sandbox aside), and a signed OneKey call made from inside an edge
 * runtime (@edge-runtime/vm: a V8 context with only web globals) against a
 * loopback server that verifies the signature.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { EdgeVM } from '@edge-runtime/vm'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { oneKeyAuthorization } from '../helpers/onekey-signer.js'
import { json, startTestServer, type TestServer } from '../helpers/server.js'

const ROOT = resolve(import.meta.dirname, '../..')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'sandbox' ? [] : sourceFiles(join(dir, e.name))) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  )
}

describe('web-standard client runtime', () => {
  it('src/ (but the sandbox) imports no node: module', () => {
    const offenders = sourceFiles(resolve(ROOT, 'src')).filter((f) =>
      /\b(?:from|import)\s*\(?\s*['"]node:|require\(\s*['"]node:/.test(readFileSync(f, 'utf8')),
    )
    expect(offenders).toEqual([])
  })

  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer(json(200, {}))
  })
  afterAll(async () => {
    await server.close()
  })

  it('makes a signed OneKey call inside the edge runtime', async () => {
    const bundle = await build({
      entryPoints: [resolve(ROOT, 'src/index.ts')],
      bundle: true,
      format: 'iife',
      globalName: 'SubscriptionClients',
      platform: 'neutral',
      write: false,
      logLevel: 'silent',
    })
    const vm = new EdgeVM()
    expect(vm.evaluate('typeof process')).toBe('undefined')
    vm.evaluate(bundle.outputFiles[0]?.text ?? '')
    const result = await vm.evaluate(`(async () => {
      const client = SubscriptionClients.createOneKeyClient({ login: 'edge', secretKey: 'edge-signature', baseUrl: ${JSON.stringify(server.url)} })
      const r = await client.cancelSubscription(1001)
      return JSON.stringify({ data: r.data, error: r.error && r.error.kind, attempts: r.attempts })
    })()`)
    expect(JSON.parse(result as string)).toEqual({ data: {}, attempts: 1 })
    const [request] = server.requests
    expect(server.requests).toHaveLength(1)
    const date = String(request?.headers['x-date'])
    expect(request?.headers.authorization).toBe(oneKeyAuthorization('edge-signature', date, 'edge', request?.body ?? ''))
  })
})
