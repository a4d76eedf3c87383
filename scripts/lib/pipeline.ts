/**
 * The generation pipeline in memory: spec → generated/<api>.ts text, and
 * spec → contract lock. `npm run generate` writes these; the drift tests
 * compare them with what is committed.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript'
import { parse } from 'yaml'
import { summariseSpec, type ApiContract } from '../contract.js'
import { ROOT, readLintConfig } from './lint-config.js'
import { sha256 } from './sha256.js'

export const LOCK_PATH = 'specs/contract.lock.json'
export const ACCEPT_COMMAND = 'npm run generate'

export interface SpecSource {
  api: string
  /** Relative to the repo root. */
  specPath: string
  text: string
  sha256: string
  document: Record<string, unknown>
}

export interface LockEntry {
  spec: string
  sha256: string
  operations: ApiContract
}

export type ContractLock = Record<string, LockEntry>

const GENERATOR_VERSION = (createRequire(import.meta.url)('openapi-typescript/package.json') as { version: string }).version

/** Every API declared in redocly.yaml, read from its spec file. */
export function readSpecs(root = ROOT): SpecSource[] {
  return readLintConfig(resolve(root, 'redocly.yaml')).apis.map(({ name, root: specPath }) => {
    const text = readFileSync(resolve(root, specPath), 'utf8')
    const document = (specPath.endsWith('.json') ? JSON.parse(text) : parse(text)) as Record<string, unknown>
    return { api: name, specPath, text, sha256: sha256(text), document }
  })
}

export function generatedPath(api: string): string {
  return `generated/${api}.ts`
}

/** The exact text of generated/<api>.ts for a spec. Deterministic. */
export async function renderTypes(spec: SpecSource): Promise<string> {
  const ast = await openapiTS(structuredClone(spec.document) as unknown as OpenAPI3, { silent: true })
  const header = [
    '/**',
    ' * GENERATED FILE: DO NOT EDIT.',
    ` * Source spec: ${spec.specPath}`,
    ` * Spec sha256: ${spec.sha256}`,
    ` * Written by \`${ACCEPT_COMMAND}\` with openapi-typescript ${GENERATOR_VERSION}.`,
    ' */',
    '',
  ].join('\n')
  return `${header}\n${astToString(ast)}`
}

export function buildLock(specs: readonly SpecSource[]): ContractLock {
  return Object.fromEntries(
    specs.map((s) => [s.api, { spec: s.specPath, sha256: s.sha256, operations: summariseSpec(s.document) }]),
  )
}

export function serialiseLock(lock: ContractLock): string {
  return `${JSON.stringify(lock, null, 2)}\n`
}
