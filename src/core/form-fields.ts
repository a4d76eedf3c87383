/**
 * A form body's fields as the name/value pairs that go on the wire, by each
 * field's encoding (OpenAPI's `encoding`: style and explode, as for query
 * parameters). Shared by form-urlencoded and multipart bodies.
 *
 * - A scalar is one pair.
 * - An array: `form` (the default) exploded repeats the name; not exploded,
 *   or `spaceDelimited`/`pipeDelimited`, joins the values in one pair.
 * - An object: `deepObject` names each leaf by its path, `a[b][0][c]`
 *   (Stripe's nesting); `form` exploded sends each entry under its own key,
 *   not exploded `name=k1,v1,k2,v2`.
 * - Multipart only: bytes and Blobs are kept as they are (a file part); an
 *   object with no deepObject encoding is one JSON part.
 */
import { isBlob, isPlainObject } from './body-values.js'
import { RequestProblem, scalar } from './problem.js'
import type { Encoding } from './table.js'

/** A value as it goes in one pair: text, or (multipart) bytes or a Blob, or a JSON part. */
export type FieldValue = string | Uint8Array | ArrayBuffer | Blob | { readonly json: unknown }

const DELIMITERS: { readonly [style: string]: string } = { form: ',', spaceDelimited: ' ', pipeDelimited: '|' }

/** A value a multipart body sends as a file part. */
function isBytes(value: unknown): value is Uint8Array | ArrayBuffer | Blob {
  return value instanceof Uint8Array || value instanceof ArrayBuffer || isBlob(value)
}

const text = (value: unknown, at: string): string => String(scalar(value, at))

/** `a[b][0][c]=v` pairs for every leaf of `value`. */
function deep(name: string, value: unknown, at: string, depth: number, out: [string, FieldValue][]): void {
  if (depth > 32) throw new RequestProblem(`${at} is nested too deeply to send as a form field`)
  if (value === undefined) return
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) deep(`${name}[${i}]`, item, `${at}[${i}]`, depth + 1, out)
    return
  }
  if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      // `a][b` would read back as a nested field: the same bytes as { a: { b } }.
      if (/[[\]]/.test(key))
        throw new RequestProblem(`${at}: the key ${JSON.stringify(key)} has [ or ], which a deepObject field name cannot carry`)
      deep(`${name}[${key}]`, item, `${at}.${key}`, depth + 1, out)
    }
    return
  }
  out.push([name, isBytes(value) ? value : text(value, at)])
}

function field(name: string, value: unknown, encoding: Encoding | undefined, multipart: boolean, out: [string, FieldValue][]): void {
  const at = `body.${name}`
  const style = encoding?.style ?? 'form'
  const explode = encoding?.explode ?? style === 'form'
  if (value === undefined) return
  if (style === 'deepObject' && (isPlainObject(value) || Array.isArray(value))) {
    deep(name, value, at, 0, out)
    return
  }
  if (Array.isArray(value)) {
    if (explode || multipart) {
      value.forEach((item, i) => {
        if (multipart && isBytes(item)) out.push([name, item])
        else if (multipart && isPlainObject(item)) out.push([name, { json: item }])
        else out.push([name, text(item, `${at}[${i}]`)])
      })
    } else out.push([name, value.map((item, i) => text(item, `${at}[${i}]`)).join(DELIMITERS[style] ?? ',')])
    return
  }
  if (isBytes(value)) {
    if (!multipart) throw new RequestProblem(`${at}: bytes cannot go in a form-urlencoded body; send a string`)
    out.push([name, value])
    return
  }
  if (isPlainObject(value)) {
    if (multipart) out.push([name, { json: value }])
    else if (explode) for (const [key, item] of Object.entries(value)) out.push([key, text(item, `${at}.${key}`)])
    else
      out.push([
        name,
        Object.entries(value)
          .flatMap(([key, item]) => [key, text(item, `${at}.${key}`)])
          .join(','),
      ])
    return
  }
  out.push([name, text(value, at)])
}

/** The pairs of a plain-object form body, in the body's key order: the name on the wire, the value, and the body's field it comes from. */
export function formPairs(
  body: Record<string, unknown>,
  encodings: { readonly [name: string]: Encoding } | undefined,
  multipart: boolean,
): [wire: string, value: FieldValue, field: string][] {
  const out: [string, FieldValue, string][] = []
  for (const [name, value] of Object.entries(body)) {
    const encoding = encodings !== undefined && Object.hasOwn(encodings, name) ? encodings[name] : undefined
    const pairs: [string, FieldValue][] = []
    field(name, value, encoding, multipart, pairs)
    for (const [wire, item] of pairs) out.push([wire, item, name])
  }
  return out
}
