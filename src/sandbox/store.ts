/**
 * The sandbox's in-memory state: subscriptions from the seed, the request log and the cancellations made.
 */
import type { CancellationRecord, RequestLogEntry, SandboxSeed, SandboxState } from './types.js'

export function createState(seed: Required<SandboxSeed>): SandboxState {
  const requests: RequestLogEntry[] = []
  const cancellations: CancellationRecord[] = []
  return {
    funnelfox: new Map(seed.funnelfox.map((sub) => [sub.id, structuredClone(sub)])),
    onekey: new Map(seed.onekey.map((sub) => [sub.id, { ...sub }])),
    requests,
    cancellations,
    get requestCount() {
      return requests.length
    },
  }
}
