/**
 * openapi-typescript's read/write markers (`readWriteMarkers`): a readOnly
 * property is typed `$Read<T>`, a writeOnly one `$Write<T>`. What a call
 * returns leaves out writeOnly properties and unwraps readOnly ones; what it
 * sends leaves out readOnly properties and unwraps writeOnly ones.
 *
 * openapi-typescript-helpers' `Readable`/`Writable` do the same, but take any
 * type with an index signature (`additionalProperties: true`, an empty object)
 * for a marker, and turn it into `never`. Here a marker is a type with the
 * marker's key and no index signature.
 */

type IsAny<T> = 0 extends 1 & T ? true : false

/** `{ readonly $read: T }` or `{ readonly $write: T }` (Key), not a map whose index signature happens to admit the key. */
type IsMarker<T, Key extends string> = [T] extends [never]
  ? false
  : T extends { readonly [P in Key]: unknown }
    ? string extends keyof T
      ? false
      : true
    : false

/** Bytes and other built-ins pass through as they are. */
type Opaque = Uint8Array | Blob | Date | ReadableStream | ArrayBuffer

type View<T, Drop extends string, Keep extends string> =
  IsAny<T> extends true
    ? T
    : T extends Opaque
      ? T
      : IsMarker<T, Drop> extends true
        ? never
        : IsMarker<T, Keep> extends true
          ? View<T[Keep & keyof T], Drop, Keep>
          : T extends readonly unknown[]
            ? { [I in keyof T]: View<T[I], Drop, Keep> }
            : T extends object
              ? { [K in keyof T as IsMarker<NonNullable<T[K]>, Drop> extends true ? never : K]: View<T[K], Drop, Keep> }
              : T

/** A body as a response carries it: no writeOnly property, readOnly ones unwrapped. */
export type ReadView<T> = View<T, '$write', '$read'>

/** A body as a request sends it: no readOnly property, writeOnly ones unwrapped. */
export type WriteView<T> = View<T, '$read', '$write'>
