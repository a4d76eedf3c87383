/**
 * 4. Lint + generate time for the two real specs and for synthetic specs of
 * 10, 100 and 1,000 operations (scripts/lib/synthetic-spec.ts, OpenAPI 3.1). Lint runs the Redocly CLI as users do (its
 * process start-up included); generate runs our in-process pipeline
 * (openapi-typescript, runtime schema, contract lock).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { buildLock, readSpecs, renderAll, type SpecSource } from '../scripts/lib/pipeline.js'
import { sha256 } from '../scripts/lib/sha256.js'
import { syntheticSpec } from '../scripts/lib/synthetic-spec.js'
import { median } from './measure.js'

const ROOT = resolve(import.meta.dirname, '..')
const REDOCLY = resolve(ROOT, 'node_modules/@redocly/cli/bin/cli.js')

function lintMs(file: string): number {
  const start = performance.now()
  try {
    execFileSync(process.execPath, [REDOCLY, 'lint', file, '--format=json'], {
      stdio: 'ignore',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off' },
    })
  } catch {
    // warnings or errors still count as a completed lint
  }
  return performance.now() - start
}

async function generateMs(spec: SpecSource): Promise<number> {
  const start = performance.now()
  await renderAll(spec)
  buildLock([spec])
  return performance.now() - start
}

export async function pipelineBench(quick: boolean) {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-specs-'))
  const rounds = quick ? 1 : 3
  try {
    const sources: { name: string; file: string; spec: SpecSource }[] = readSpecs().map((s) => ({
      name: s.api,
      file: resolve(ROOT, s.specPath),
      spec: s,
    }))
    for (const n of [10, 100, 1000]) {
      const document = syntheticSpec(n)
      const text = JSON.stringify(document)
      const file = join(scratch, `synthetic-${n}.json`)
      writeFileSync(file, text)
      sources.push({
        name: `synthetic ${n} ops`,
        file,
        spec: { api: `synthetic${n}`, specPath: file, text, sha256: sha256(text), document },
      })
    }
    const rows: Record<string, { lintMs: number; generateMs: number; totalMs: number }> = {}
    for (const { name, file, spec } of sources) {
      const lint: number[] = []
      const generate: number[] = []
      for (let r = 0; r < rounds; r += 1) {
        lint.push(lintMs(file))
        generate.push(await generateMs(spec))
      }
      rows[name] = { lintMs: median(lint), generateMs: median(generate), totalMs: median(lint) + median(generate) }
    }
    process.stdout.write('4. lint + generate (median ms)\n')
    for (const [k, v] of Object.entries(rows)) {
      process.stdout.write(
        `  ${k.padEnd(20)} lint ${v.lintMs.toFixed(0).padStart(6)}  generate ${v.generateMs.toFixed(0).padStart(6)}  total ${v.totalMs.toFixed(0).padStart(6)}\n`,
      )
    }
    const at = (n: number) => rows[`synthetic ${n} ops`] ?? { totalMs: Number.NaN, generateMs: Number.NaN }
    return {
      rows,
      ratio1000vs100: at(1000).totalMs / at(100).totalMs,
      generateOnlyRatio1000vs100: at(1000).generateMs / at(100).generateMs,
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}
