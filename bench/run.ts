/**
 * npm run bench: side-by-side measurements, medians of several rounds in one
 * run, written to bench/results.json. Not a timed test: compare the ratios,
 * not the absolute numbers, on a shared machine.
 */
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { coldImport } from './cold-import.js'
import { loopbackBench } from './loopback.js'
import { pipelineBench } from './pipeline.js'
import { signatureBench } from './signature.js'
import { runtimeSize } from './size.js'
import { stubBench } from './stub.js'
import { typesBench } from './types.js'
import { vendorSize } from './vendor-size.js'

const ROOT = resolve(import.meta.dirname, '..')

/** A measure reported without a target. */
interface Info {
  name: string
  value: string
}

interface Target {
  name: string
  value: number
  limit: number
  op: '>=' | '<=' | '<'
  unit: string
}

function met(t: Target): boolean {
  return t.op === '>=' ? t.value >= t.limit : t.op === '<=' ? t.value <= t.limit : t.value < t.limit
}

const fmt = (n: number, digits = 2): string => (Number.isNaN(n) ? 'n/a' : Number.isInteger(n) ? String(n) : n.toFixed(digits))

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick')
  process.stdout.write(
    `subscription-clients bench (${quick ? 'quick' : 'full'}) on Node ${process.version}, ${process.platform}/${process.arch}\n\n`,
  )
  const stub = await stubBench(quick)
  const loopback = await loopbackBench(quick)
  const signature = await signatureBench(quick)
  const pipeline = await pipelineBench(quick)
  const size = await runtimeSize()
  const types = await typesBench(quick)
  const vendor = await vendorSize()
  const cold = await coldImport(quick)

  const targets: Target[] = [
    {
      name: 'FunnelFox client / bare openapi-fetch (stub fetch)',
      value: stub.ratios.funnelfoxVsOpenapiFetch,
      limit: 0.9,
      op: '>=',
      unit: '×',
    },
    {
      name: 'FunnelFox client / ky with retries and timeout (stub fetch)',
      value: stub.ratios.funnelfoxVsKy,
      limit: 1,
      op: '>=',
      unit: '×',
    },
    {
      name: 'OneKey signature per attempt, 1 kB body',
      value: signature.microseconds['1kB'] ?? Number.NaN,
      limit: 20,
      op: '<=',
      unit: 'µs',
    },
    {
      name: 'FunnelFox client / raw fetch (loopback, c=1)',
      value: loopback.ratios['funnelfox c=1'] ?? Number.NaN,
      limit: 0.9,
      op: '>=',
      unit: '×',
    },
    {
      name: 'FunnelFox client / raw fetch (loopback, c=64)',
      value: loopback.ratios['funnelfox c=64'] ?? Number.NaN,
      limit: 0.9,
      op: '>=',
      unit: '×',
    },
    {
      name: 'OneKey client / raw fetch (loopback, c=1)',
      value: loopback.ratios['onekey c=1'] ?? Number.NaN,
      limit: 0.9,
      op: '>=',
      unit: '×',
    },
    {
      name: 'OneKey client / raw fetch (loopback, c=64)',
      value: loopback.ratios['onekey c=64'] ?? Number.NaN,
      limit: 0.9,
      op: '>=',
      unit: '×',
    },
    { name: 'lint+generate, 1000 ops / 100 ops', value: pipeline.ratio1000vs100, limit: 10, op: '<', unit: '×' },
    { name: 'our runtime, min+gz, without openapi-fetch', value: size.oursBytes / 1024, limit: 3, op: '<=', unit: 'kB' },
    {
      name: `consumer tsc time, ours / bare openapi-fetch (${types.primary.operations} ops)`,
      value: types.primary.ratios.ms,
      limit: 1.5,
      op: '<=',
      unit: '×',
    },
    {
      name: `consumer tsc instantiations, ours / bare openapi-fetch (${types.primary.operations} ops)`,
      value: types.primary.ratios.instantiations,
      limit: 1.5,
      op: '<=',
      unit: '×',
    },
    {
      name: 'FunnelFox-only import: OneKey code in the bundle',
      value: vendor.funnelfoxOnly.foreign.length,
      limit: 0,
      op: '<=',
      unit: 'markers',
    },
    {
      name: 'OneKey-only import: FunnelFox code in the bundle',
      value: vendor.onekeyOnly.foreign.length,
      limit: 0,
      op: '<=',
      unit: 'markers',
    },
  ]
  const kB = (bytes: number): string => `${fmt(bytes / 1024)} kB`
  const info: Info[] = [
    { name: 'FunnelFox client only, min+gz, with openapi-fetch', value: kB(vendor.funnelfoxOnly.gzipped) },
    { name: 'OneKey client only, min+gz, with openapi-fetch', value: kB(vendor.onekeyOnly.gzipped) },
    { name: 'both clients, min+gz, with openapi-fetch', value: kB(vendor.both.gzipped) },
    { name: 'bare openapi-fetch, min+gz', value: kB(vendor.openapiFetch.gzipped) },
    {
      name: `cold import on Node ${process.version}: package / bare openapi-fetch`,
      value: `${Object.values(cold.milliseconds)
        .map((ms) => `${fmt(ms)} ms`)
        .join(' / ')} (${fmt(cold.ratioVsOpenapiFetch)}×)`,
    },
  ]

  process.stdout.write('\n| measure | value | target | met |\n| --- | --- | --- | --- |\n')
  for (const t of targets) {
    process.stdout.write(`| ${t.name} | ${fmt(t.value)} ${t.unit} | ${t.op} ${t.limit} ${t.unit} | ${met(t) ? 'yes' : 'NO'} |\n`)
  }
  for (const i of info) process.stdout.write(`| ${i.name} | ${i.value} | — | — |\n`)
  const results = {
    measuredAt: new Date().toISOString(),
    machine: { node: process.version, platform: process.platform, arch: process.arch, quick },
    stub,
    loopback,
    signature,
    pipeline,
    size,
    types,
    vendorSize: vendor,
    coldImport: cold,
    targets: targets.map((t) => ({ ...t, met: met(t) })),
    info,
  }
  writeFileSync(resolve(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`)
  // Biome lints bench/: format the file its way (short arrays on one line) so `npm run lint` passes after a run.
  execFileSync(resolve(ROOT, 'node_modules/.bin/biome'), ['format', '--write', 'bench/results.json'], { cwd: ROOT, stdio: 'ignore' })
  process.stdout.write('\nwrote bench/results.json\n')
}

await main()
