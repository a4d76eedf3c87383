/**
 * Request bodies to the exact bytes sent, by declared media type: JSON and
 * `+json` variants, form-urlencoded, multipart, text and binary. Each body is
 * serialised once per call; a value that cannot be sent as that media type
 * is a problem in words, and nothing is sent.
 */
import { isBlob, isPlainObject } from './body-values.js'
import { type FieldValue, formPairs } from './form-fields.js'
import { RequestProblem } from './problem.js'
import { type Encoding, type MediaKind, mediaKind } from './table.js'

const encoder = new TextEncoder()

export interface SerialisedBody {
  bytes: Uint8Array
  /** The Content-Type to send: the declared media type, or multipart's with its boundary. */
  contentType: string
}

type Encodings = { readonly [field: string]: Encoding } | undefined

function formBytes(body: unknown, encodings: Encodings): Uint8Array {
  if (typeof body === 'string') return encoder.encode(body)
  if (body instanceof URLSearchParams) return encoder.encode(body.toString())
  if (!isPlainObject(body)) throw new RequestProblem('a form-urlencoded body must be a plain object, URLSearchParams or a string')
  const params = new URLSearchParams()
  for (const [name, value] of formPairs(body, encodings, false)) params.append(name, value as string)
  return encoder.encode(params.toString())
}

/** A file part's name: a File's own (Stripe stores an upload under it), else the field's. */
const fileName = (value: Blob, field: string): string => (typeof File !== 'undefined' && value instanceof File ? value.name : field)

/** One multipart part: text, a file (bytes or a Blob, typed by its encoding), or JSON. */
function appendPart(form: FormData, name: string, value: FieldValue, contentType: string | undefined): void {
  if (typeof value === 'string') {
    if (contentType === undefined || /^text\/plain\b/i.test(contentType)) form.append(name, value)
    else form.append(name, new Blob([value], { type: contentType }), name)
  } else if (value instanceof Blob) {
    const filename = fileName(value, name)
    const typed = contentType !== undefined && value.type === '' ? new Blob([value], { type: contentType }) : value
    form.append(name, typed, filename)
  } else if ('json' in value) {
    form.append(name, new Blob([jsonBytes(value.json) as Uint8Array<ArrayBuffer>], { type: contentType ?? 'application/json' }), name)
  } else {
    form.append(name, new Blob([value as Uint8Array<ArrayBuffer>], { type: contentType ?? 'application/octet-stream' }), name)
  }
}

async function multipart(body: unknown, encodings: Encodings): Promise<SerialisedBody> {
  let form: FormData
  if (body instanceof FormData) form = body
  else if (isPlainObject(body)) {
    form = new FormData()
    for (const [name, value, field] of formPairs(body, encodings, true)) {
      // A deepObject leaf (`a[b]`) has no encoding of its own; a field's applies to its own parts.
      const contentType = encodings !== undefined && Object.hasOwn(encodings, field) ? encodings[field]?.contentType : undefined
      appendPart(form, name, value, name === field ? contentType : undefined)
    }
  } else throw new RequestProblem('a multipart/form-data body must be a plain object or FormData')
  // The platform writes the boundary; the bytes are read once and sent as they are on every attempt.
  const encoded = new Response(form)
  return { bytes: new Uint8Array(await encoded.arrayBuffer()), contentType: encoded.headers.get('content-type') ?? 'multipart/form-data' }
}

function binaryBytes(body: unknown): Uint8Array | Promise<Uint8Array> {
  // Copied, as fetch copies a body: a buffer the caller reuses after the call began cannot change a retry's bytes.
  if (body instanceof ArrayBuffer) return new Uint8Array(body.slice(0))
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength).slice()
  if (isBlob(body)) return body.arrayBuffer().then((b) => new Uint8Array(b))
  if (typeof body === 'string') return encoder.encode(body)
  throw new RequestProblem('a binary body must be a Uint8Array, an ArrayBuffer, a Blob or a string')
}

function jsonBytes(body: unknown): Uint8Array {
  let text: string | undefined
  try {
    text = JSON.stringify(body)
  } catch (e) {
    throw new RequestProblem(`the body cannot be serialised as JSON: ${e instanceof Error ? e.message : String(e)}`)
  }
  if (text === undefined) throw new RequestProblem(`the body cannot be serialised as JSON (got ${typeof body})`)
  return encoder.encode(text)
}

/** A concrete media type for a declared one: a range (`text/*`, `application/*`, `*\/*`) is never sent as a Content-Type. */
function concrete(mediaType: string, body: unknown): string {
  const type = mediaType.split(';')[0]?.trim().toLowerCase() ?? ''
  if (type === '*/*') {
    if (typeof body === 'string') return 'text/plain'
    if (isPlainObject(body) || Array.isArray(body)) return 'application/json'
    return 'application/octet-stream'
  }
  if (type === 'text/*') return 'text/plain'
  if (type.endsWith('/*')) return 'application/octet-stream'
  return mediaType
}

/**
 * The exact bytes of `body` as `mediaType` (a range made concrete); a promise
 * only for multipart and a Blob, which must be read. Throws a RequestProblem
 * when it cannot be sent so.
 */
export function serialiseBody(body: unknown, mediaType: string, encodings?: Encodings): SerialisedBody | Promise<SerialisedBody> {
  const contentType = concrete(mediaType, body)
  const kind: MediaKind = mediaKind(contentType)
  switch (kind) {
    case 'json':
      return { bytes: jsonBytes(body), contentType }
    case 'form':
      return { bytes: formBytes(body, encodings), contentType }
    case 'multipart':
      return multipart(body, encodings)
    case 'text':
      if (typeof body !== 'string')
        throw new RequestProblem(`a ${contentType} body must be a string, got ${body === null ? 'null' : typeof body}`)
      return { bytes: encoder.encode(body), contentType }
    default: {
      const bytes = binaryBytes(body)
      return bytes instanceof Promise ? bytes.then((b) => ({ bytes: b, contentType })) : { bytes, contentType }
    }
  }
}

/** Whether a body is checked against the declared schema before it is sent: JSON, and a form given as a plain object. */
export function checksSchema(kind: MediaKind, body: unknown): boolean {
  return kind === 'json' || (kind === 'form' && isPlainObject(body))
}
