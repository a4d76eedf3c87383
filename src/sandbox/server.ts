/**
 * startSandbox: an HTTP server on 127.0.0.1 emulating FunnelFox (`/public/v1/...`) and OneKey (`/v3/...`).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { performance } from 'node:perf_hooks'
import { importOneKeySecret } from '../onekey/signing.js'
import { IdempotencyCache } from './idempotency.js'
import { formatLogLine } from './log-line.js'
import { jsonReply, type SandboxReply, type SandboxRequest } from './reply.js'
import { createRouter, FUNNELFOX_PREFIX } from './router.js'
import { loadSeed } from './seed.js'
import { createState } from './store.js'
import type { Sandbox, SandboxCredentials, SandboxOptions, SandboxState } from './types.js'

export const SANDBOX_CREDENTIALS: Readonly<SandboxCredentials> = Object.freeze({
  funnelfox: Object.freeze({ secret: 'fox_sandbox_secret' }),
  onekey: Object.freeze({ login: 'sandbox-login', secretKey: 'sandbox-api-signature' }),
})

const MAX_BODY_BYTES = 1024 * 1024

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const credentials = resolveCredentials(options.credentials)
  const now = options.now ?? (() => new Date())
  const state = createState(await loadSeed(options.seed))
  const route = createRouter({
    funnelfox: { state, secret: credentials.funnelfox.secret, now },
    onekey: {
      state,
      key: await importOneKeySecret(credentials.onekey.secretKey),
      login: credentials.onekey.login,
      now,
      idempotency: new IdempotencyCache(),
    },
  })
  const server = createServer((req, res) => {
    void serve(req, res, { route, state, now, log: options.log })
  })
  const address = await listen(server, options.port ?? 0, options.host ?? '127.0.0.1')
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
  const url = `http://${host}:${address.port}`
  return {
    url,
    funnelfoxBaseUrl: `${url}${FUNNELFOX_PREFIX}`,
    onekeyBaseUrl: url,
    state,
    credentials,
    close: () => closeServer(server),
  }
}

function resolveCredentials(given: Partial<SandboxCredentials> | undefined): SandboxCredentials {
  const credentials: SandboxCredentials = {
    funnelfox: { ...SANDBOX_CREDENTIALS.funnelfox, ...given?.funnelfox },
    onekey: { ...SANDBOX_CREDENTIALS.onekey, ...given?.onekey },
  }
  const values = [credentials.funnelfox.secret, credentials.onekey.login, credentials.onekey.secretKey]
  if (values.some((v) => typeof v !== 'string' || v === '')) {
    throw new TypeError('startSandbox: every credential must be a non-empty string')
  }
  return credentials
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve(server.address() as AddressInfo)
    })
  })
}

function closeServer(server: Server): Promise<void> {
  if (!server.listening) return Promise.resolve()
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()))
    server.closeAllConnections()
  })
}

interface ServeContext {
  route: (req: SandboxRequest) => Promise<SandboxReply>
  state: SandboxState
  now: () => Date
  log: ((line: string) => void) | undefined
}

async function serve(req: IncomingMessage, res: ServerResponse, ctx: ServeContext): Promise<void> {
  const started = performance.now()
  const at = ctx.now().toISOString()
  const method = req.method ?? 'GET'
  const path = (req.url ?? '/').split('?')[0] ?? '/'
  let reply: SandboxReply
  try {
    const body = await readBody(req)
    reply =
      body === undefined
        ? jsonReply(413, { message: `Request body larger than ${MAX_BODY_BYTES} bytes` }, 'auth=none')
        : await ctx.route({ method, path, headers: req.headers, headersDistinct: req.headersDistinct, body })
  } catch {
    reply = jsonReply(500, { message: 'Internal sandbox error' }, 'auth=none')
  }
  send(res, reply)
  const entry = { at, method, path, status: reply.status, verdict: reply.verdict, durationMs: performance.now() - started }
  ctx.state.requests.push(entry)
  ctx.log?.(formatLogLine(entry))
}

/** The body bytes exactly as received; undefined when larger than MAX_BODY_BYTES. */
async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size <= MAX_BODY_BYTES) chunks.push(chunk) // keep draining an oversized body so the 413 can be sent
  }
  return size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks)
}

function send(res: ServerResponse, reply: SandboxReply): void {
  if (res.destroyed) return
  res.writeHead(reply.status, {
    ...reply.headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(reply.body.length),
    'Cache-Control': 'no-store',
  })
  res.end(reply.body)
}
