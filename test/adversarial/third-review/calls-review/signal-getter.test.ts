/**
 * Third review (calls): a signal whose `aborted` getter throws makes the call
 * reject.
 *
 * README: "no call ever rejects … options are read once, inside a guard".
 * options.ts accepts any object with a boolean `aborted` and an
 * addEventListener (a polyfilled or wrapped signal, from another realm or a
 * library), and create-client.ts `invoke` reads `signal.aborted` inside its
 * try, but retry.ts `runAttempts` reads it again *outside* any try
 * (`if (call.signal?.aborted)`): a signal whose getter throws on that third
 * read (a revoked wrapper, a disposed context) rejects the call's promise.
 * Through every entry point.
 */
import { expect, it } from 'vitest'
import { ENTRY_POINTS, entry, okFor } from '../../../guarantees/entry-points.js'
import { useTestServer } from '../../../helpers/server.js'

const server = useTestServer(okFor)

/** A signal-like wrapper whose `aborted` throws once it has been read twice (it was revoked). */
function revokedAfterTwoReads(): AbortSignal {
  let reads = 0
  return {
    get aborted(): boolean {
      reads += 1
      if (reads > 2) throw new Error('signal wrapper revoked')
      return false
    },
    reason: undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  } as unknown as AbortSignal
}

it.each(ENTRY_POINTS)('%s: a signal whose aborted getter throws mid-call: the call resolves with an error, never rejects', async (name) => {
  const settled = await entry(name, server.url)
    .call({ signal: revokedAfterTwoReads() })
    .then(
      (r) => ({ resolved: true, kind: r.error?.kind }),
      (e: unknown) => ({ resolved: false, rejection: String(e) }),
    )
  expect(settled).toMatchObject({ resolved: true })
})
