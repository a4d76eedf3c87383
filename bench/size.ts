/** 5. The client runtime's size, minified and gzipped, with and without openapi-fetch. */
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const ROOT = resolve(import.meta.dirname, '..')

/** What a user ships who imports both clients and unwrap (tree-shaken): no server-side verify. */
const CONSUMER = `export { createFunnelFoxClient, createOneKeyClient, unwrap } from ${JSON.stringify(resolve(ROOT, 'src/index.ts'))}`

async function bundledBytes(external: string[], consumerOnly = false): Promise<{ minified: number; gzipped: number }> {
  const out = await build({
    ...(consumerOnly
      ? { stdin: { contents: CONSUMER, resolveDir: ROOT, loader: 'ts' } }
      : { entryPoints: [resolve(ROOT, 'src/index.ts')] }),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    external,
    logLevel: 'silent',
  })
  const code = out.outputFiles[0]?.contents ?? new Uint8Array()
  return { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength }
}

export async function runtimeSize() {
  const ours = await bundledBytes(['openapi-fetch'])
  const withOpenapiFetch = await bundledBytes([])
  const consumer = await bundledBytes(['openapi-fetch'], true)
  process.stdout.write(
    `5. runtime size, min+gz\n  ours alone                   ${ours.gzipped} B (min ${ours.minified} B)\n  ours + openapi-fetch         ${withOpenapiFetch.gzipped} B (min ${withOpenapiFetch.minified} B)\n  both clients + unwrap only   ${consumer.gzipped} B (min ${consumer.minified} B)\n`,
  )
  return {
    oursBytes: ours.gzipped,
    oursMinifiedBytes: ours.minified,
    withOpenapiFetchBytes: withOpenapiFetch.gzipped,
    withOpenapiFetchMinifiedBytes: withOpenapiFetch.minified,
    clientsOnlyBytes: consumer.gzipped,
  }
}
