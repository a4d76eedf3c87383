/**
 * What a body value is, in one place: the request builder, the form and
 * multipart encoders and the media-type choice all ask the same questions.
 */

/** A plain object (a Date, a Map or a class instance is not one): a JSON object, a form's fields. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

export function isBlob(value: unknown): value is Blob {
  return typeof Blob !== 'undefined' && value instanceof Blob
}

/** Bytes of any kind: a Blob, an ArrayBuffer or a view of one. */
export function isBytes(value: unknown): value is Blob | ArrayBuffer | ArrayBufferView {
  return isBlob(value) || value instanceof ArrayBuffer || ArrayBuffer.isView(value)
}
