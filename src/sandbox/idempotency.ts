/**
 * OneKey `X-Idempotency-Key`: the first response for a key is remembered with a fingerprint of the
 * request (method, path, login, body bytes). The same key and fingerprint replays it byte for byte;
 * the same key with another fingerprint is a conflict. Entries live as long as the sandbox.
 */
import { createHash } from 'node:crypto'
import type { SandboxReply } from './reply.js'

interface Entry {
  fingerprint: string
  reply: SandboxReply
}

export type IdempotencyLookup =
  | { kind: 'new'; remember(reply: SandboxReply): void }
  | { kind: 'replay'; reply: SandboxReply }
  | { kind: 'conflict' }

export interface IdempotencyRequest {
  key: string
  method: string
  path: string
  login: string
  body: Uint8Array
}

export class IdempotencyCache {
  readonly #entries = new Map<string, Entry>()

  get size(): number {
    return this.#entries.size
  }

  /** Synchronous so that no other request can interleave between lookup and remember. */
  lookup(request: IdempotencyRequest): IdempotencyLookup {
    const slot = JSON.stringify([request.login, request.key])
    const fingerprint = fingerprintOf(request)
    const entry = this.#entries.get(slot)
    if (entry === undefined) {
      return {
        kind: 'new',
        remember: (reply) => {
          this.#entries.set(slot, { fingerprint, reply: { ...reply, headers: { ...reply.headers } } })
        },
      }
    }
    return entry.fingerprint === fingerprint ? { kind: 'replay', reply: entry.reply } : { kind: 'conflict' }
  }
}

function fingerprintOf(request: IdempotencyRequest): string {
  return createHash('sha256')
    .update(JSON.stringify([request.method, request.path, request.login]))
    .update('\n')
    .update(request.body)
    .digest('hex')
}
