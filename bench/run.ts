/**
 * npm run bench: side-by-side measurements, medians of several rounds in one
 * run, written to bench/results.json. Not a timed test: compare the ratios,
 * not the absolute numbers, on a shared machine.
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { loopbackBench } from './loopback.js'
import { pipelineBench } from './pipeline.js'
import { signatureBench } from './signature.js'
import { runtimeSize } from './size.js'
import { stubBench } from './stub.js'
import { typesBench } from './types.js'

const ROOT = resolve(import.meta.dirname, '..')

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
  ]

  process.stdout.write('\n| measure | value | target | met |\n| --- | --- | --- | --- |\n')
  for (const t of targets) {
    process.stdout.write(`| ${t.name} | ${fmt(t.value)} ${t.unit} | ${t.op} ${t.limit} ${t.unit} | ${met(t) ? 'yes' : 'NO'} |\n`)
  }
  const results = {
    measuredAt: new Date().toISOString(),
    machine: { node: process.version, platform: process.platform, arch: process.arch, quick },
    stub,
    loopback,
    signature,
    pipeline,
    size,
    types,
    targets: targets.map((t) => ({ ...t, met: met(t) })),
  }
  writeFileSync(resolve(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`)
  process.stdout.write('\nwrote bench/results.json\n')
}

await main()
