/**
 * Measures the built package (dist/), as users run it: `npm run bench` builds first.
 * 3. The cost of one OneKey signature, by body size: what the client pays per
 * attempt (the keyed HMAC state built once per client, then one MAC of
 * X-Date + X-Login + body), beside the public one-shot `signOneKeyRequest`
 * and the Web Crypto primitive the client no longer uses to sign.
 */
import { createOneKeyMac, importOneKeySecret, signOneKeyRequest } from '../dist/src/index.js'
import { interleaved, print } from './measure.js'

const DATE = '2020-06-21T12:33:20Z'

export async function signatureBench(quick: boolean) {
  const secret = 'bench-signature'
  const mac = createOneKeyMac(secret)
  const key = await importOneKeySecret(secret)
  const bodies = { '0B': new Uint8Array(0), '1kB': new Uint8Array(1024).fill(97), '64kB': new Uint8Array(64 * 1024).fill(97) }
  const iterations = quick ? 500 : 3000
  const perCall = async (sign: () => unknown): Promise<number> => {
    const start = performance.now()
    for (let i = 0; i < iterations; i += 1) await sign()
    return ((performance.now() - start) * 1000) / iterations
  }
  const contenders: Record<string, () => Promise<number>> = Object.fromEntries(
    Object.entries(bodies).map(([name, body]) => [name, () => perCall(() => mac(DATE, 'bench', body))]),
  )
  const oneKb = bodies['1kB']
  contenders['signOneKeyRequest, 1kB'] = () => perCall(() => signOneKeyRequest({ key: secret, login: 'bench', date: DATE, body: oneKb }))
  const message = new Uint8Array(1024 + 40).fill(97)
  contenders['crypto.subtle.sign, 1kB'] = () => perCall(() => crypto.subtle.sign('HMAC', key, message))
  const microseconds = await interleaved(contenders, quick ? 3 : 7)
  print('3. OneKey signature, per attempt (median)', microseconds, 'µs')
  return { microseconds }
}
