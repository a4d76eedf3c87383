/**
 * The run-time table `npm run generate` writes to generated/<api>-operations.ts
 * (scripts/lib/runtime-schema.ts): what types cannot carry to run time. Each
 * operation's request media types and body schema, its query parameters'
 * non-default styles, and its declared responses: exact status, `NXX` range
 * or `default`, each with a schema per media type. Shared schemas are stored
 * once, in `schemas`, and referred to as `{ $ref: key }`.
 */

import { isBytes } from './body-values.js'

/** A JSON Schema pruned to what a shape check reads. `true` accepts anything, `false` nothing. */
export type Schema =
  | boolean
  | {
      readonly $ref?: string
      readonly type?: string | readonly string[]
      readonly nullable?: boolean
      readonly enum?: readonly unknown[]
      readonly const?: unknown
      readonly required?: readonly string[]
      readonly properties?: { readonly [name: string]: Schema }
      readonly additionalProperties?: Schema
      readonly patternProperties?: { readonly [pattern: string]: Schema }
      /** Picks the oneOf/anyOf alternative by a property's value; mapping values are keys of `schemas`. */
      readonly discriminator?: { readonly propertyName: string; readonly mapping?: { readonly [value: string]: string } }
      readonly items?: Schema
      readonly prefixItems?: readonly Schema[]
      readonly allOf?: readonly Schema[]
      readonly anyOf?: readonly Schema[]
      readonly oneOf?: readonly Schema[]
      readonly readOnly?: boolean
      readonly writeOnly?: boolean
    }

/** Media type → its schema, or null when the spec gives none. */
export type Content = { readonly [mediaType: string]: Schema | null }

/** A parameter serialised other than its location's default (path: simple; query: form); explode defaults to `style === 'form'`. */
export interface ParamStyle {
  readonly style?: string
  readonly explode?: boolean
  /** Query only: reserved characters go unencoded (all but `#` and `&`, which would end the query or add a parameter). */
  readonly allowReserved?: boolean
}

/** A form or multipart field's encoding: its part's Content-Type; for an object or array, its style (form, deepObject…) and explode. */
export interface Encoding {
  readonly contentType?: string
  readonly style?: string
  readonly explode?: boolean
}

export interface Operation {
  readonly request?: {
    readonly required: boolean
    readonly content: Content
    /** Media type → field → encoding, for form and multipart bodies that declare one (or a field's contentMediaType). */
    readonly encoding?: { readonly [mediaType: string]: { readonly [field: string]: Encoding } }
  }
  /** Required header and query parameters with a default: sent as the default unless the call gives them. */
  readonly defaults?: { readonly header?: { readonly [name: string]: string }; readonly query?: { readonly [name: string]: string } }
  readonly path?: { readonly [name: string]: ParamStyle }
  readonly query?: { readonly [name: string]: ParamStyle }
  /** The operation's own servers (or its path item's), variables set to their defaults: its base URL unless the client was given one. */
  readonly servers?: readonly string[]
  /** Header parameters declared `explode: true` (an object goes as `k=v,k2=v2`). */
  readonly header?: { readonly [name: string]: ParamStyle }
  /** Keyed by exact status ("200"), range ("4XX") or "default"; null: no content. */
  readonly responses: { readonly [key: string]: Content | null }
}

export interface Table {
  /** The spec's server URLs; the first is the default base URL. */
  readonly servers?: readonly string[]
  readonly schemas: { readonly [key: string]: Schema }
  readonly operations: { readonly [operation: string]: Operation }
}

/**
 * What a generated table file exports, as the public factory accepts it.
 * `paths` is type-only: it carries the generated `paths` type to the client.
 */
export interface GeneratedTable<Paths = unknown> {
  readonly paths?: Paths
  readonly servers?: readonly string[]
  readonly schemas: { readonly [name: string]: object | boolean }
  readonly operations: { readonly [operation: string]: object }
}

/** The spec's first server: a vendor client's default base URL. Throws when the spec declares none (the generator's input, not the caller's). */
export function firstServer(vendor: string, table: GeneratedTable): string {
  const url = table.servers?.[0]
  if (url === undefined) throw new TypeError(`${vendor}: the spec declares no server; regenerate from a spec with one`)
  return url
}

export type MediaKind = 'json' | 'text' | 'form' | 'multipart' | 'binary' | 'any'

/** `type/subtype`, lowercased, without parameters. */
export function essence(mediaType: string): string {
  const semi = mediaType.indexOf(';')
  return (semi === -1 ? mediaType : mediaType.slice(0, semi)).trim().toLowerCase()
}

/** How a body of this media type is read or written. */
export function mediaKind(mediaType: string): MediaKind {
  const type = essence(mediaType)
  if (type === '*/*') return 'any'
  if (type.endsWith('/json') || type.endsWith('+json')) return 'json'
  if (type.startsWith('text/')) return 'text'
  if (type === 'application/x-www-form-urlencoded') return 'form'
  if (type === 'multipart/form-data' || type.startsWith('multipart/')) return 'multipart'
  return 'binary'
}

/**
 * The declared media type (range) a received Content-Type matches: exact
 * type, then `type/*`, then `*\/*`; any JSON type matches any declared JSON
 * type. A missing Content-Type matches a lone declared type, or JSON.
 */
export function matchMedia(declared: readonly string[], received: string | null): string | undefined {
  if (received === null || received.trim() === '') {
    return declared.length === 1 ? declared[0] : declared.find((d) => mediaKind(d) === 'json')
  }
  const type = essence(received)
  const exact = declared.find((d) => essence(d) === type)
  if (exact !== undefined) return exact
  const json = mediaKind(type) === 'json' ? declared.find((d) => mediaKind(d) === 'json') : undefined
  if (json !== undefined) return json
  const major = type.slice(0, type.indexOf('/') + 1)
  return declared.find((d) => essence(d) === `${major}*`) ?? declared.find((d) => essence(d) === '*/*')
}

/** The media kinds a body value asks for, most fitting first; anything else is sent as JSON. */
function kindsFor(body: unknown): readonly MediaKind[] {
  if (typeof body === 'string') return ['text', 'any']
  if (typeof FormData !== 'undefined' && body instanceof FormData) return ['multipart']
  if (body instanceof URLSearchParams) return ['form']
  if (isBytes(body)) return ['binary', 'any']
  return ['json']
}

/**
 * The declared media type a request body is sent as, chosen by the body's
 * value when the operation declares several: a string goes as `text/*`, a
 * FormData as multipart, a URLSearchParams as a form, bytes (a Blob, a
 * Uint8Array) as a binary type; anything else, and anything no declared type
 * fits, as the first JSON type declared, else the first declared.
 */
export function requestMedia(content: Content, body?: unknown): string | undefined {
  const types = Object.keys(content)
  if (types.length > 1) {
    for (const kind of kindsFor(body)) {
      const fit = types.find((t) => mediaKind(t) === kind)
      if (fit !== undefined) return fit
    }
  }
  return types.find((t) => mediaKind(t) === 'json') ?? types[0]
}
