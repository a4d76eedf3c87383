/**
 * 6. What a consumer's type-check costs on the synthetic spec (OpenAPI 3.1,
 * scripts/lib/synthetic-spec.ts): the same calls, spread over the
 * operations, through bare openapi-fetch and through the package's
 * `createApiClient`, each checked by `tsc --noEmit --extendedDiagnostics`
 * in a scratch project (scripts/lib/type-check.ts).
 *
 * "ours" imports the package's emitted declarations, as a user of the
 * built package does (skipLibCheck on: the .d.ts are not checked, only
 * used). "ours, from src/" imports src/index.ts, so tsc also checks
 * src/*.ts itself; "src/ alone" is that part with no calls at all.
 * Also: the runtime table's bytes against the types' bytes.
 */
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { bareConsumer, oursConsumer, spreadCalls } from '../scripts/lib/synthetic-consumer.js'
import {
  buildDeclarations,
  createScratchProject,
  formatErrors,
  type TypeCheckResult,
  typeCheck,
  writeSyntheticProject,
} from '../scripts/lib/type-check.js'
import { median } from './measure.js'

const SRC_INDEX = resolve(import.meta.dirname, '../src/index.js')

export interface ConsumerRow {
  ms: number
  instantiations: number
  memoryKb: number
  checkMs: number
  ts2589: boolean
  /** Set when the consumer does not compile: its first error. */
  notAvailable?: string
}

async function measure(dir: string, file: string, rounds: number): Promise<ConsumerRow> {
  const runs: TypeCheckResult[] = []
  for (let r = 0; r < rounds; r += 1) runs.push(await typeCheck(dir, [file]))
  const first = runs[0] as TypeCheckResult
  const row: ConsumerRow = {
    ms: median(runs.map((x) => x.ms)),
    instantiations: first.instantiations,
    memoryKb: median(runs.map((x) => x.memoryKb)),
    checkMs: median(runs.map((x) => x.checkMs)),
    ts2589: first.errors.some((e) => e.code === 2589),
  }
  return first.errors.length === 0 ? row : { ...row, notAvailable: formatErrors(first.errors.slice(0, 1)) }
}

async function measureSize(n: number, rounds: number) {
  const scratch = createScratchProject('bench-types-')
  try {
    const project = await writeSyntheticProject(scratch.dir, n, { openapi: '3.1' })
    const calls = spreadCalls(n)
    const built = await buildDeclarations(scratch.dir)
    writeFileSync(join(scratch.dir, 'bare.ts'), bareConsumer(calls))
    writeFileSync(join(scratch.dir, 'ours.ts'), oursConsumer(project.document, calls, built.index))
    writeFileSync(join(scratch.dir, 'ours-src.ts'), oursConsumer(project.document, calls, SRC_INDEX))
    writeFileSync(join(scratch.dir, 'src-alone.ts'), `import * as ours from ${JSON.stringify(SRC_INDEX)}\n\nvoid ours\n`)
    const bare = await measure(scratch.dir, 'bare.ts', rounds)
    if (bare.notAvailable !== undefined) throw new Error(`the bare openapi-fetch consumer does not compile: ${bare.notAvailable}`)
    const ours = await measure(scratch.dir, 'ours.ts', rounds)
    const oursSrc = await measure(scratch.dir, 'ours-src.ts', rounds)
    const srcAlone = await measure(scratch.dir, 'src-alone.ts', rounds)
    const ratios = (r: ConsumerRow) => {
      const of = (pick: (c: ConsumerRow) => number): number => (r.notAvailable === undefined ? pick(r) / pick(bare) : Number.NaN)
      return { ms: of((c) => c.ms), instantiations: of((c) => c.instantiations), memory: of((c) => c.memoryKb) }
    }
    return {
      operations: n,
      calls: calls.length,
      specBytes: project.specBytes,
      typesBytes: project.typesBytes,
      runtimeBytes: project.runtimeBytes,
      runtimeVsTypes: project.runtimeBytes / project.typesBytes,
      bare,
      ours,
      oursSrc,
      srcAlone,
      ratios: ratios(ours),
      srcRatios: ratios(oursSrc),
    }
  } finally {
    scratch.remove()
  }
}

type SizeRow = Awaited<ReturnType<typeof measureSize>>

const kB = (bytes: number): string => `${(bytes / 1024).toFixed(0)} kB`

function consumerLine(name: string, r: ConsumerRow): string {
  if (r.notAvailable !== undefined) return `    ${name.padEnd(20)} n/a (${r.notAvailable.split('\n')[0]})\n`
  return `    ${name.padEnd(20)} ${r.ms.toFixed(0).padStart(6)} ms  instantiations ${String(r.instantiations).padStart(9)}  memory ${(r.memoryKb / 1024).toFixed(0).padStart(5)} MB  check ${r.checkMs.toFixed(0).padStart(6)} ms  TS2589 ${r.ts2589 ? 'YES' : 'no'}\n`
}

function printSize(s: SizeRow): void {
  const x = (v: number): string => (Number.isNaN(v) ? 'n/a' : `${v.toFixed(2)}×`)
  process.stdout.write(
    `  ${s.operations} ops, ${s.calls} calls: spec ${kB(s.specBytes)}, types ${kB(s.typesBytes)}, runtime table ${kB(s.runtimeBytes)} (${x(s.runtimeVsTypes)} the types)\n`,
  )
  process.stdout.write(consumerLine('bare openapi-fetch', s.bare) + consumerLine('ours', s.ours))
  process.stdout.write(consumerLine('ours, from src/', s.oursSrc) + consumerLine('src/ alone', s.srcAlone))
  const ratios = (name: string, r: SizeRow['ratios']): string =>
    `    ${name.padEnd(20)} time ${x(r.ms)}  instantiations ${x(r.instantiations)}  memory ${x(r.memory)}\n`
  process.stdout.write(ratios('ours / bare', s.ratios) + ratios('ours src/ / bare', s.srcRatios))
}

/** Quick: 200 operations, one tsc run per consumer. Full: 200 and 1,000 operations, median of 3. */
export async function typesBench(quick: boolean) {
  const rounds = quick ? 1 : 3
  const sizes: SizeRow[] = []
  for (const n of quick ? [200] : [200, 1000]) sizes.push(await measureSize(n, rounds))
  process.stdout.write(`6. consumer type-check, synthetic spec (OpenAPI 3.1), tsc --extendedDiagnostics, median of ${rounds}\n`)
  for (const s of sizes) printSize(s)
  const primary = sizes[0] as SizeRow
  return { rounds, sizes, primary: { operations: primary.operations, ratios: primary.ratios, runtimeVsTypes: primary.runtimeVsTypes } }
}
