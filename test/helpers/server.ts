/**
 * The one loopback test server every suite uses: a real node:http server on
 * 127.0.0.1 (ephemeral port) that records every request (method, URL,
 * headers, raw headers, body, arrival time) and answers each one either from
 * a handler or from a script of behaviours, taken in turn (the last repeats).
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll } from 'vitest'

export type Behaviour =
  /** A complete response, after `delayMs` when given. */
  | { do: 'reply'; status: number; headers?: Record<string, string>; body?: string | Buffer; delayMs?: number }
  /** Destroy the socket before any response byte. */
  | { do: 'reset' }
  /** Send the headers (Content-Length `contentLength`) and `partial`, then destroy the socket. */
  | { do: 'reset-mid-body'; status: number; headers?: Record<string, string>; contentLength: number; partial: string }
  /** Never answer. */
  | { do: 'stall' }
  /** Send the headers and `partial`, then never finish the body. */
  | { do: 'stall-body'; status: number; headers?: Record<string, string>; contentLength: number; partial: string }
  /** Write these bytes to the socket as they are (a status node:http refuses to send, such as 600), then end it. */
  | { do: 'raw'; text: string }

export interface SeenRequest {
  method: string
  url: string
  headers: http.IncomingHttpHeaders
  rawHeaders: string[]
  body: Buffer
  /** ms since the server started. */
  at: number
}

export interface TestServer {
  url: string
  port: number
  requests: SeenRequest[]
  /** Replaces the queue; the last behaviour repeats once the queue runs dry. */
  script(...behaviours: Behaviour[]): void
  /** Answers every request with `handler(request)` instead of the script. */
  handle(handler: (request: SeenRequest) => Behaviour): void
  /** Resolves when the server has received `count` requests in all. */
  waitForRequests(count: number): Promise<void>
  /** Closes every socket, idle or not, and waits a turn of the event loop. */
  closeConnections(): Promise<void>
  close(): Promise<void>
}

export const reply = (status: number, body?: string | Buffer, headers?: Record<string, string>): Behaviour => ({
  do: 'reply',
  status,
  ...(body !== undefined && { body }),
  ...(headers !== undefined && { headers }),
})

export const json = (status: number, value: unknown, headers: Record<string, string> = {}): Behaviour =>
  reply(status, JSON.stringify(value), { 'content-type': 'application/json', ...headers })

function act(b: Behaviour, req: http.IncomingMessage, res: http.ServerResponse): void {
  switch (b.do) {
    case 'reply': {
      const body = b.body ?? ''
      const send = (): void => {
        if (res.destroyed) return
        res.writeHead(b.status, { 'content-length': String(Buffer.byteLength(body)), ...b.headers })
        res.end(body)
      }
      if (b.delayMs === undefined) send()
      else setTimeout(send, b.delayMs)
      return
    }
    case 'reset':
      req.socket.destroy()
      return
    case 'reset-mid-body':
    case 'stall-body':
      res.writeHead(b.status, { ...b.headers, 'content-length': String(b.contentLength) })
      res.flushHeaders()
      res.write(b.partial, () => {
        if (b.do === 'reset-mid-body') setTimeout(() => req.socket.destroy(), 5)
      })
      return
    case 'raw':
      req.socket.end(b.text)
      return
    case 'stall':
      return
  }
}

export async function startTestServer(
  initial: Behaviour | ((request: SeenRequest) => Behaviour) = reply(500, 'no script'),
): Promise<TestServer> {
  const requests: SeenRequest[] = []
  let queue: Behaviour[] = typeof initial === 'function' ? [] : [initial]
  let handler = typeof initial === 'function' ? initial : undefined
  const waiters: { count: number; resolve: () => void }[] = []
  const started = performance.now()
  const server = http.createServer((req, res) => {
    res.on('error', () => undefined)
    req.on('error', () => undefined)
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const seen: SeenRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        rawHeaders: req.rawHeaders,
        body: Buffer.concat(chunks),
        at: performance.now() - started,
      }
      requests.push(seen)
      for (const w of waiters.filter((w) => requests.length >= w.count)) {
        waiters.splice(waiters.indexOf(w), 1)
        w.resolve()
      }
      const behaviour = handler !== undefined ? handler(seen) : queue.length > 1 ? queue.shift() : queue[0]
      if (behaviour !== undefined) act(behaviour, req, res)
    })
  })
  server.on('clientError', (_err, socket) => socket.destroy())
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const closeConnections = async (): Promise<void> => {
    server.closeAllConnections()
    await new Promise((resolve) => setImmediate(resolve))
  }
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    script: (...behaviours) => {
      handler = undefined
      queue = behaviours
    },
    handle: (h) => {
      handler = h
    },
    waitForRequests: (count) =>
      requests.length >= count ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ count, resolve })),
    closeConnections,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
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

/** How many ref'd timers (`Timeout`) keep the event loop alive right now. */
export function activeTimeouts(): number {
  return process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length
}

/**
 * One server for a test file: started before its tests, closed after them,
 * and after each test answering as `initial` again with its log cleared.
 */
export function useTestServer(initial: Behaviour | ((request: SeenRequest) => Behaviour)): TestServer {
  const server = {} as TestServer
  beforeAll(async () => {
    Object.assign(server, await startTestServer(initial))
  })
  afterEach(() => {
    if (typeof initial === 'function') server.handle(initial)
    else server.script(initial)
    server.requests.length = 0
  })
  afterAll(async () => {
    await server.close()
  })
  return server
}
