/**
 * The client runtime on web-standard APIs only: no `node:` imports in src/
 * (the sandbox aside), and a signed OneKey call made from inside an edge
 * runtime (@edge-runtime/vm: a V8 context with only web globals) against a
 * loopback server that verifies the signature.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, resolve } from 'node:path'
import { EdgeVM } from '@edge-runtime/vm'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyOneKeyRequest } from '../../src/index.js'

const ROOT = resolve(import.meta.dirname, '../..')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'sandbox' ? [] : sourceFiles(join(dir, e.name))) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  )
}

describe('web-standard client runtime', () => {
  it('src/ (but the sandbox) imports no node: module', () => {
    const offenders = sourceFiles(resolve(ROOT, 'src')).filter((f) =>
      /from\s+['"]node:|require\(\s*['"]node:|import\(\s*['"]node:/.test(readFileSync(f, 'utf8')),
    )
    expect(offenders).toEqual([])
  })

  let server: Server
  let url: string
  const verdicts: unknown[] = []
  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', async () => {
        const verdict = await verifyOneKeyRequest({
          key: 'edge-signature',
          headers: req.headersDistinct,
          body: new Uint8Array(Buffer.concat(chunks)),
          login: 'edge',
        })
        verdicts.push(verdict)
        res.writeHead(verdict.ok ? 200 : 401, { 'content-type': 'application/json' }).end(verdict.ok ? '{}' : '{"code":401}')
      })
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((done) => server.close(done))
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
      const client = SubscriptionClients.createOneKeyClient({ login: 'edge', secretKey: 'edge-signature', baseUrl: ${JSON.stringify(url)} })
      const r = await client.cancelSubscription(1001)
      return JSON.stringify({ data: r.data, error: r.error && r.error.kind, attempts: r.attempts })
    })()`)
    expect(JSON.parse(result as string)).toEqual({ data: {}, attempts: 1 })
    expect(verdicts).toEqual([expect.objectContaining({ ok: true, login: 'edge' })])
  })
})
