/**
 * The generation pipeline in memory: spec → generated/<api>.ts text, and
 * spec → contract lock. `npm run generate` writes these; the drift tests
 * compare them with what is committed.
 */

import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import openapiTS, { astToString, type SchemaObject, type TransformNodeOptions } from 'openapi-typescript'
import ts from 'typescript'
import { parse } from 'yaml'
import { carriesBytes, isBinaryString } from './binary-strings.js'
import { asTheCallerSeesIt } from './caller-view.js'
import { type ApiContract, summariseSpec } from './contract.js'
import { ROOT, readLintConfig } from './lint-config.js'
import { runtimeTable } from './runtime-schema.js'
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

/** One API's entry in specs/contract.lock.json: its spec file, that file's sha256, and its contract summary. */
export interface LockEntry extends ApiContract {
  spec: string
  sha256: string
  /** sha256 of the parsed document, keys sorted: the same for a spec re-indented or re-serialised. */
  documentSha256?: string
}

/** JSON with object keys sorted at every level: one text per document, however it was written. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (typeof value === 'object' && value !== null) {
    const o = value as Record<string, unknown>
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
      .join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

export type ContractLock = Record<string, LockEntry>

const GENERATOR_VERSION = (createRequire(import.meta.url)('openapi-typescript/package.json') as { version: string }).version

/** One spec, parsed. */
export function specSource(api: string, specPath: string, text: string): SpecSource {
  const document = (specPath.endsWith('.json') ? JSON.parse(text) : parse(text)) as Record<string, unknown>
  return { api, specPath, text, sha256: sha256(text), document }
}

/** Every API declared in redocly.yaml, read from its spec file, or from `planned` (path → text) when it holds that file. */
export function readSpecs(root = ROOT, planned: Readonly<Record<string, string>> = {}): SpecSource[] {
  return readLintConfig(resolve(root, 'redocly.yaml')).apis.map(({ name, root: specPath }) =>
    specSource(name, specPath, planned[specPath] ?? readFileSync(resolve(root, specPath), 'utf8')),
  )
}

/** The files generated from one spec, relative to the repo root. */
export function generatedFiles(api: string): { types: string; runtime: string } {
  return { types: `generated/${api}.ts`, runtime: `generated/${api}-operations.ts` }
}

function header(spec: SpecSource, tool: string): string {
  return [
    '/**',
    ' * GENERATED FILE: DO NOT EDIT.',
    ` * Source spec: ${spec.specPath}`,
    ` * Spec sha256: ${spec.sha256}`,
    ` * Written by \`${ACCEPT_COMMAND}\` with ${tool}.`,
    ' */',
    '',
  ].join('\n')
}

const BYTES = ts.factory.createUnionTypeNode(['Blob', 'Uint8Array'].map((name) => ts.factory.createTypeReferenceNode(name)))

/**
 * A binary string in a request body of a non-JSON media type (a multipart
 * file part, an octet-stream body) is typed as what the client sends as
 * bytes, `Blob | Uint8Array`, not `string`: a string would go as a text field.
 */
function bytesInRequests(schema: SchemaObject, options: TransformNodeOptions): ts.TypeNode | undefined {
  const media = /\/requestBody\/content\/([^/]+)(?:\/|$)/.exec(options.path ?? '')?.[1]
  if (media === undefined || !carriesBytes(media)) return undefined
  return isBinaryString(schema) && 'type' in schema && schema.type === 'string' ? BYTES : undefined
}

/**
 * openapi-typescript's options for generated/<api>.ts. `readWriteMarkers`: a
 * readOnly property is typed `$Read<T>` and a writeOnly one `$Write<T>`, so a
 * request body leaves out what only responses carry and a response what only
 * requests carry (openapi-fetch's `Readable`/`Writable`, which src/core/types.ts uses too).
 */
export const OPENAPI_TS_OPTIONS = { silent: true, defaultNonNullable: false, readWriteMarkers: true, transform: bytesInRequests } as const

/**
 * The exact text of generated/<api>.ts for a spec: openapi-typescript's output. Deterministic.
 * `defaultNonNullable: false`: a field with a `default` that is not `required` stays optional,
 * so the caller may omit it (openapi-typescript's default makes it required in component schemas).
 */
export async function renderTypes(spec: SpecSource): Promise<string> {
  const ast = await openapiTS(asTheCallerSeesIt(spec.document), OPENAPI_TS_OPTIONS)
  return `${header(spec, `openapi-typescript ${GENERATOR_VERSION}`)}\n${astToString(ast)}`
}

/** A JSON text as the body of a template literal: backslashes, backticks and `${` escaped. */
function templateLiteral(json: string): string {
  return json.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${')
}

/** `{ "key": value, ... }` with one entry a line, so that a spec change shows as a line change. */
function linePerEntry(record: Record<string, unknown>): string {
  const lines = Object.entries(record).map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`)
  return lines.length === 0 ? '{}' : `{\n${lines.join(',\n')}\n}`
}

/**
 * The exact text of generated/<api>-operations.ts: the run-time table. It is
 * parsed from JSON at import, which costs a type checker nothing and parses
 * faster than an object literal; `paths` links it to the types, type-only.
 */
export function renderRuntime(spec: SpecSource): string {
  const table = runtimeTable(spec.document)
  const json = `{\n"servers":${JSON.stringify(table.servers)},\n"schemas":${linePerEntry(table.schemas)},\n"operations":${linePerEntry(table.operations)}\n}`
  return `${header(spec, 'scripts/lib/runtime-schema.ts')}
import type { paths } from './${spec.api}.js'

/** The spec's servers; each operation's request media types, query styles and declared responses, keyed "METHOD /path"; shared schemas once each. */
export const table: {
  /** Type-only: links the table to the generated types. Never set at run time. */
  readonly paths?: paths
  /** The first is the client's default base URL. */
  readonly servers: readonly string[]
  readonly schemas: { readonly [name: string]: object | boolean }
  readonly operations: { readonly [operation: string]: object }
} = JSON.parse(\`${templateLiteral(json)}\`)
`
}

/** Every generated file for a spec and its expected text. */
export async function renderAll(spec: SpecSource): Promise<{ path: string; text: string }[]> {
  const files = generatedFiles(spec.api)
  return [
    { path: files.types, text: await renderTypes(spec) },
    { path: files.runtime, text: renderRuntime(spec) },
  ]
}

export function buildLock(specs: readonly SpecSource[]): ContractLock {
  return Object.fromEntries(
    specs.map((s) => [
      s.api,
      { spec: s.specPath, sha256: s.sha256, documentSha256: sha256(canonicalJson(s.document)), ...summariseSpec(s.document) },
    ]),
  )
}

export function serialiseLock(lock: ContractLock): string {
  return `${JSON.stringify(lock, null, 2)}\n`
}
