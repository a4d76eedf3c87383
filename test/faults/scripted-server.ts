/**
 * A real node:http server on 127.0.0.1 (ephemeral port) whose behaviour is
 * scripted per attempt: each request takes the next behaviour from a queue
 * (the last one repeats), and every request is recorded (headers + body)
 * before the server acts on it.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export { closedPort } from '../helpers/fixtures.js'

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

export interface SeenRequest {
  method: string
  url: string
  headers: http.IncomingHttpHeaders
  body: Buffer
  /** process.hrtime-based ms since the server started. */
  at: number
}

export interface ScriptedServer {
  url: string
  port: number
  requests: SeenRequest[]
  /** Replaces the queue; the last behaviour repeats once the queue runs dry. */
  script(...behaviours: Behaviour[]): void
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

export async function startScriptedServer(): Promise<ScriptedServer> {
  const requests: SeenRequest[] = []
  let queue: Behaviour[] = [reply(500, 'no script')]
  const waiters: { count: number; resolve: () => void }[] = []
  const started = performance.now()

  const act = (b: Behaviour, req: http.IncomingMessage, res: http.ServerResponse): void => {
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
      case 'stall-body': {
        res.writeHead(b.status, { ...b.headers, 'content-length': String(b.contentLength) })
        res.flushHeaders()
        res.write(b.partial, () => {
          if (b.do === 'reset-mid-body') setTimeout(() => req.socket.destroy(), 5)
        })
        return
      }
      case 'stall':
        return
    }
  }

  const server = http.createServer((req, res) => {
    res.on('error', () => undefined)
    req.on('error', () => undefined)
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks),
        at: performance.now() - started,
      })
      for (const w of waiters.filter((w) => requests.length >= w.count)) {
        waiters.splice(waiters.indexOf(w), 1)
        w.resolve()
      }
      const behaviour = queue.length > 1 ? queue.shift() : queue[0]
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
      queue = behaviours
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

/** How many ref'd timers (`Timeout`) keep the event loop alive right now. */
export function activeTimeouts(): number {
  return process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length
}
