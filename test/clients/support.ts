/**
 * Shared helpers for the client tests: an independent OneKey signer
 * (node:crypto, not the package's) and a counting node:http server.
 */
import { createHmac } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export { closedPort } from '../helpers/fixtures.js'

export const ONEKEY_PATH = '/v3/subscriptions/{subscription_id}'
export const FOX_PATH = '/subscriptions/{id}/cancel'

/** 2020-06-21T12:33:20Z, the example date of OneKey's documentation. */
export const FIXED_DATE = '2020-06-21T12:33:20Z'
export const fixedNow = (): Date => new Date(FIXED_DATE)

/** OneKey's Authorization, computed independently: `<scheme> hex(HMAC-SHA256(secret, X-Date + X-Login + body))`. */
export function oneKeyAuthorization(secret: string, date: string, login: string, body: string | Buffer, scheme = 'OKP'): string {
  const mac = createHmac('sha256', Buffer.from(secret, 'utf8'))
  mac.update(Buffer.from(date + login, 'utf8'))
  mac.update(typeof body === 'string' ? Buffer.from(body, 'utf8') : body)
  return `${scheme} ${mac.digest('hex')}`
}

/** Narrows away undefined/null, failing with a clear message. */
export function defined<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`expected ${what} to be defined`)
  return value
}

export interface SeenRequest {
  method: string
  url: string
  headers: http.IncomingHttpHeaders
  rawHeaders: string[]
  body: Buffer
}

export interface CannedReply {
  status: number
  headers?: Record<string, string>
  body?: string
  /** Never answer: the request stays open until the server closes. */
  stall?: boolean
}

export interface TestServer {
  url: string
  requests: SeenRequest[]
  close(): Promise<void>
}

/** A node:http server on 127.0.0.1 (ephemeral port) that records every request and answers with `reply(request)`. */
export async function startServer(reply: (request: SeenRequest) => CannedReply): Promise<TestServer> {
  const requests: SeenRequest[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const seen: SeenRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        rawHeaders: req.rawHeaders,
        body: Buffer.concat(chunks),
      }
      requests.push(seen)
      const canned = reply(seen)
      if (canned.stall === true) return
      res.writeHead(canned.status, canned.headers ?? {})
      res.end(canned.body ?? '')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** How many times each header name occurs in a raw header list (case-insensitive). */
export function headerCounts(rawHeaders: string[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = (rawHeaders[i] ?? '').toLowerCase()
    counts[name] = (counts[name] ?? 0) + 1
  }
  return counts
}
