/**
 * Type-check consumer files the way a user's project would, and measure it:
 * a scratch project (package.json, node_modules linked to the repo's, the
 * synthetic spec's generated types and runtime table), then
 * `tsc --noEmit --extendedDiagnostics` on chosen files, parsed into numbers
 * and errors. Used by bench/types.ts and test/types/scale.test.ts.
 */
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { ROOT } from './lint-config.js'
import { renderRuntime, renderTypes, type SpecSource } from './pipeline.js'
import { sha256 } from './sha256.js'
import type { Json } from './spec-refs.js'
import { DEFAULT_OPERATIONS, type SyntheticOptions, syntheticSpec } from './synthetic-spec.js'

const TSC = resolve(ROOT, 'node_modules/typescript/bin/tsc')

/** The strict settings a careful consumer compiles with: the packed-package smoke test uses them as they are. */
export const CONSUMER_STRICT: Json = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  target: 'ES2022',
  lib: ['ES2022', 'DOM'],
  types: ['node'],
  skipLibCheck: false,
}

/**
 * The same, with skipLibCheck on, as in this repo's tsconfig.json and most
 * projects: off, every run also checks @types/node (about 200 k
 * instantiations, 2 s), the same for every consumer, which only dilutes a
 * comparison.
 */
export const STRICT_OPTIONS: Json = {
  ...CONSUMER_STRICT,
  skipLibCheck: true,
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  noEmit: true,
}

export interface TscError {
  /** The TS error number, e.g. 2589. */
  code: number
  /** As tsc prints it, relative to the project directory; '' for a global error. */
  file: string
  /** 1-based; 0 for a global error. */
  line: number
  /** The message, with its elaboration lines. */
  text: string
}

export interface TypeCheckResult {
  /** Wall time of the tsc process, start-up included. */
  ms: number
  instantiations: number
  memoryKb: number
  /** tsc's own "Check time". */
  checkMs: number
  errors: TscError[]
}

/** A scratch directory that resolves packages from the repo's node_modules. */
export function createScratchProject(prefix = 'type-check-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'scratch', private: true, type: 'module' })}\n`)
  symlinkSync(resolve(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

export interface SyntheticProject {
  document: Json
  specBytes: number
  typesBytes: number
  runtimeBytes: number
}

/**
 * Writes `synthetic.json`, `synthetic.ts` (renderTypes) and
 * `synthetic-operations.ts` (renderRuntime) for a synthetic spec into `dir`.
 */
export async function writeSyntheticProject(
  dir: string,
  n = DEFAULT_OPERATIONS,
  options: SyntheticOptions = {},
): Promise<SyntheticProject> {
  const document = syntheticSpec(n, options)
  const text = JSON.stringify(document)
  const spec: SpecSource = { api: 'synthetic', specPath: 'synthetic.json', text, sha256: sha256(text), document }
  const types = await renderTypes(spec)
  const runtime = renderRuntime(spec)
  writeFileSync(join(dir, 'synthetic.json'), text)
  writeFileSync(join(dir, 'synthetic.ts'), types)
  writeFileSync(join(dir, 'synthetic-operations.ts'), runtime)
  const bytes = (s: string): number => Buffer.byteLength(s)
  return { document, specBytes: bytes(text), typesBytes: bytes(types), runtimeBytes: bytes(runtime) }
}

/**
 * Emits the package's declarations (tsconfig.build.json) into `dir/package`,
 * as a user of the built package sees them; returns the path to import.
 * A build with type errors still emits, and its errors are returned.
 */
export async function buildDeclarations(dir: string): Promise<{ index: string; errors: TscError[] }> {
  const outDir = join(dir, 'package')
  const args = [TSC, '-p', resolve(ROOT, 'tsconfig.build.json'), '--outDir', outDir, '--emitDeclarationOnly', '--pretty', 'false']
  const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }).catch(
    (e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }),
  )
  const index = join(outDir, 'src/index.js')
  if (!existsSync(join(outDir, 'src/index.d.ts'))) throw new Error(`tsc emitted no src/index.d.ts: ${stdout.split('\n')[0]}`)
  return { index, errors: parseTscErrors(stdout) }
}

const LOCATED = /^(.+?)\((\d+),\d+\): error TS(\d+): (.*)$/
const GLOBAL = /^error TS(\d+): (.*)$/

/** tsc's `--pretty false` error lines; indented lines elaborate the error above them. */
export function parseTscErrors(output: string): TscError[] {
  const errors: TscError[] = []
  for (const line of output.split('\n')) {
    const located = LOCATED.exec(line)
    const global = located === null ? GLOBAL.exec(line) : null
    if (located !== null)
      errors.push({ file: located[1] ?? '', line: Number(located[2]), code: Number(located[3]), text: located[4] ?? '' })
    else if (global !== null) errors.push({ file: '', line: 0, code: Number(global[1]), text: global[2] ?? '' })
    else if (/^\s+\S/.test(line) && errors.length > 0) {
      const last = errors[errors.length - 1]
      if (last !== undefined) last.text += `\n${line.trim()}`
    }
  }
  return errors
}

/** One number of `--extendedDiagnostics`, e.g. "Instantiations"; NaN when absent. */
export function diagnostic(output: string, name: string): number {
  const match = new RegExp(`^${name}:\\s+([\\d.]+)(K|s)?\\s*$`, 'm').exec(output)
  if (match === null) return Number.NaN
  return match[2] === 's' ? Number(match[1]) * 1000 : Number(match[1])
}

/**
 * Type-checks `files` (relative to `dir`) under STRICT_OPTIONS plus
 * `overrides`, through a tsconfig written next to them. Errors are results,
 * not exceptions; only a tsc that prints no diagnostics at all throws.
 */
export async function typeCheck(dir: string, files: readonly string[], overrides: Json = {}): Promise<TypeCheckResult> {
  const config = join(dir, 'tsconfig.type-check.json')
  writeFileSync(config, JSON.stringify({ compilerOptions: { ...STRICT_OPTIONS, ...overrides }, files }, null, 2))
  const start = performance.now()
  const { stdout, stderr } = await promisify(execFile)(
    process.execPath,
    [TSC, '-p', config, '--extendedDiagnostics', '--pretty', 'false'],
    {
      cwd: dir,
      maxBuffer: 64 * 1024 * 1024,
    },
  ).catch((e: { stdout?: string; stderr?: string }) => ({ stdout: e.stdout ?? '', stderr: e.stderr ?? String(e) }))
  const ms = performance.now() - start
  const instantiations = diagnostic(stdout, 'Instantiations')
  if (Number.isNaN(instantiations)) throw new Error(`tsc printed no diagnostics: ${(stderr || stdout).split('\n')[0]}`)
  return {
    ms,
    instantiations,
    memoryKb: diagnostic(stdout, 'Memory used'),
    checkMs: diagnostic(stdout, 'Check time'),
    errors: parseTscErrors(stdout),
  }
}

/** One line per error, for assertion messages and the bench. */
export function formatErrors(errors: readonly TscError[]): string {
  return errors.map((e) => `${e.file}:${e.line} TS${e.code} ${e.text.split('\n')[0]}`).join('\n')
}
