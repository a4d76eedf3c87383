/**
 * The request/reply shapes shared by the route handlers, and the JSON reply builder.
 */
import type { IncomingHttpHeaders } from 'node:http'
import type { SandboxVerdict } from './types.js'

export interface SandboxRequest {
  method: string
  /** Raw path without the query string, as received (still percent-encoded). */
  path: string
  headers: IncomingHttpHeaders
  /** Every header's values, unjoined (Node's `req.headersDistinct`). */
  headersDistinct: NodeJS.Dict<string[]>
  /** The body bytes exactly as received. */
  body: Buffer
}

export interface SandboxReply {
  status: number
  /** Serialized JSON, sent as-is (so a replay is byte for byte). */
  body: Buffer
  headers: Record<string, string>
  verdict: SandboxVerdict
}

export function jsonReply(status: number, payload: unknown, verdict: SandboxVerdict, headers: Record<string, string> = {}): SandboxReply {
  return { status, body: Buffer.from(JSON.stringify(payload), 'utf8'), headers, verdict }
}
