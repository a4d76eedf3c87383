/**
 * 6. Per-vendor size: what a user ships who imports one client, both, or bare
 * openapi-fetch, bundled by esbuild from the built package (min+gz,
 * openapi-fetch included), and whether a one-vendor bundle still carries the
 * other vendor's signing, tables or URLs.
 */
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { builtRootEntry, ROOT } from './built-package.js'

/** String literals that only one vendor's code contains (checked absent from the shared modules). */
const MARKERS = {
  onekey: {
    'OneKey signing': 'formatOneKeyDate',
    'X-Login header': 'X-Login',
    'operations table': '/v3/subscriptions/{subscription_id}',
    'error-kind table': 'already_cancelled',
    'staging URL': 'api-stg.onekeypayments.com',
  },
  funnelfox: {
    'Fox-Secret header': 'Fox-Secret',
    'operations table': '/subscriptions/{id}/cancel',
    'response schema': 'psp_id',
    'base URL': 'api.funnelfox.io',
  },
} as const

type Vendor = keyof typeof MARKERS

interface Bundle {
  gzipped: number
  minified: number
  /** The other vendor's markers found in it. */
  foreign: string[]
  /** The files esbuild took code from, relative to the repository. */
  modules: string[]
}

async function bundled(contents: string): Promise<{ code: Uint8Array; modules: string[] }> {
  const out = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    metafile: true,
    logLevel: 'silent',
  })
  const modules = Object.values(out.metafile.outputs).flatMap((o) => Object.keys(o.inputs).filter((file) => file !== '<stdin>'))
  return { code: out.outputFiles[0]?.contents ?? new Uint8Array(), modules }
}

const markersIn = (code: Uint8Array, vendor: Vendor): string[] => {
  const text = new TextDecoder().decode(code)
  return Object.entries(MARKERS[vendor]).flatMap(([what, literal]) => (text.includes(literal) ? [what] : []))
}

async function bundle(contents: string, other?: Vendor): Promise<Bundle> {
  const { code, modules } = await bundled(contents)
  const foreign = other ? markersIn(code, other) : []
  return { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength, foreign, modules }
}

/** Every marker must survive minification in the two-vendor bundle, or finding none elsewhere would prove nothing. */
async function assertMarkersDetectable(contents: string): Promise<void> {
  const { code } = await bundled(contents)
  for (const vendor of Object.keys(MARKERS) as Vendor[]) {
    const missing = Object.keys(MARKERS[vendor]).filter((what) => !markersIn(code, vendor).includes(what))
    if (missing.length)
      throw new Error(`vendor-size: ${vendor} markers not found in the two-client bundle: ${missing.join(', ')}; update MARKERS`)
  }
}

/** A user's module: `import { names } from …`, re-exported so the bundler keeps what it uses. */
const consumer = (names: string, from: string): string => `import { ${names} } from ${JSON.stringify(from)}\nexport { ${names} }\n`

export async function vendorSize() {
  const entry = builtRootEntry()
  const funnelfoxOnly = await bundle(consumer('createFunnelFoxClient', entry), 'onekey')
  const onekeyOnly = await bundle(consumer('createOneKeyClient', entry), 'funnelfox')
  const bothConsumer = consumer('createFunnelFoxClient, createOneKeyClient', entry)
  await assertMarkersDetectable(bothConsumer)
  const both = await bundle(bothConsumer)
  const openapiFetch = await bundle(`import createClient from 'openapi-fetch'\nexport { createClient }\n`)
  const row = (name: string, b: Bundle): string =>
    `  ${name.padEnd(28)} ${String(b.gzipped).padStart(6)} B (min ${b.minified} B)${b.foreign.length ? `; carries the other vendor's ${b.foreign.join(', ')}` : ''}\n`
  process.stdout.write(
    `6. per-vendor import, min+gz, openapi-fetch included\n${row('FunnelFox client only', funnelfoxOnly)}${row('OneKey client only', onekeyOnly)}${row('both clients', both)}${row('bare openapi-fetch', openapiFetch)}`,
  )
  return { funnelfoxOnly, onekeyOnly, both, openapiFetch }
}
