/** 3. The cost of one OneKey signature, by body size. */
import { importOneKeySecret, signOneKeyRequest } from '../src/index.js'
import { interleaved, print } from './measure.js'

export async function signatureBench(quick: boolean) {
  const key = await importOneKeySecret('bench-signature')
  const bodies = { '0B': new Uint8Array(0), '1kB': new Uint8Array(1024).fill(97), '64kB': new Uint8Array(64 * 1024).fill(97) }
  const iterations = quick ? 500 : 3000
  const contenders = Object.fromEntries(
    Object.entries(bodies).map(([name, body]) => [
      name,
      async () => {
        const start = performance.now()
        for (let i = 0; i < iterations; i += 1) {
          await signOneKeyRequest({ key, login: 'bench', date: '2020-06-21T12:33:20Z', body })
        }
        return ((performance.now() - start) * 1000) / iterations
      },
    ]),
  )
  // The Web Crypto primitive alone, over the same 1 kB message: the floor under signOneKeyRequest.
  const message = new Uint8Array(1024 + 40).fill(97)
  contenders['crypto.subtle.sign alone, 1kB'] = async () => {
    const start = performance.now()
    for (let i = 0; i < iterations; i += 1) await crypto.subtle.sign('HMAC', key, message)
    return ((performance.now() - start) * 1000) / iterations
  }
  const microseconds = await interleaved(contenders, quick ? 3 : 7)
  print('3. OneKey signature (median)', microseconds, 'µs')
  return { microseconds }
}
