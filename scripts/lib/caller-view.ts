/**
 * The spec as openapi-typescript is given it: the vendor's spec with the
 * changes that make the generated types say what the client does at run
 * time. Pure; the spec file itself is never changed.
 */
import type { OpenAPI3 } from 'openapi-typescript'
import { withAllOfRequiredFilled } from './allof-required.js'
import { sentDefault } from './param-default.js'
import { eachSchemaObject, isObject, type Json, resolveRef } from './spec-refs.js'

/** `Application/JSON; charset=UTF-8` → `application/json; charset=UTF-8`: media types are case-insensitive, the types' matching is not. */
export function lowerEssence(mediaType: string): string {
  const semi = mediaType.indexOf(';')
  return semi === -1 ? mediaType.trim().toLowerCase() : `${mediaType.slice(0, semi).trim().toLowerCase()}${mediaType.slice(semi)}`
}

/** A request body or response object with its media type keys' essence lowercased (the first of two that collide wins). */
function lowerMediaKeys(node: unknown): void {
  if (!isObject(node) || !isObject(node.content)) return
  const lowered: Json = {}
  for (const [media, value] of Object.entries(node.content)) {
    const key = lowerEssence(media)
    if (!Object.hasOwn(lowered, key)) lowered[key] = value
  }
  node.content = lowered
}

function lowerOperationMedia(op: unknown): void {
  if (!isObject(op)) return
  lowerMediaKeys(op.requestBody)
  if (isObject(op.responses)) for (const res of Object.values(op.responses)) lowerMediaKeys(res)
}

/** A parameter the client sends a default for (./param-default.ts) is optional for the caller. */
function defaultedOptional(params: unknown): void {
  if (!Array.isArray(params)) return
  for (const param of params) if (isObject(param) && sentDefault(param) !== undefined) param.required = false
}

/**
 * A property that is readOnly or writeOnly through its `$ref` says so itself,
 * as openapi-typescript only reads the flag on the property: it is then typed
 * `$Read<T>` or `$Write<T>`, and left out of request bodies or response data.
 */
function flagsFromRefs(spec: Json, o: Json): void {
  if (!isObject(o.properties)) return
  for (const property of Object.values(o.properties)) {
    if (!isObject(property) || typeof property.$ref !== 'string') continue
    const target = resolveRef(spec, property).node
    if (!isObject(target)) continue
    if (target.readOnly === true && property.writeOnly !== true) property.readOnly = true
    else if (target.writeOnly === true && property.readOnly !== true) property.writeOnly = true
  }
}

/**
 * The spec openapi-typescript types, with each change typing what the client
 * does: a required header or query parameter the client sends a default for
 * is optional; media type keys are lowercased (the client
 * reads `Application/JSON` as JSON); a property readOnly or writeOnly through
 * its `$ref` carries the flag itself (openapi-typescript's read/write markers);
 * an allOf part that only requires names its siblings declare gets their
 * schemas (./allof-required.ts).
 */
export function asTheCallerSeesIt(document: Record<string, unknown>): OpenAPI3 {
  const copy = withAllOfRequiredFilled(document as Json)
  const components = isObject(copy.components) ? copy.components : {}
  for (const body of Object.values(isObject(components.requestBodies) ? components.requestBodies : {})) lowerMediaKeys(body)
  for (const res of Object.values(isObject(components.responses) ? components.responses : {})) lowerMediaKeys(res)
  defaultedOptional(Object.values(isObject(components.parameters) ? components.parameters : {}))
  for (const item of Object.values(isObject(copy.paths) ? copy.paths : {})) {
    if (!isObject(item)) continue
    defaultedOptional(item.parameters)
    for (const op of Object.values(item)) {
      if (!isObject(op)) continue
      defaultedOptional(op.parameters)
      lowerOperationMedia(op)
    }
  }
  eachSchemaObject(copy, (o) => flagsFromRefs(copy, o))
  return copy as unknown as OpenAPI3
}
