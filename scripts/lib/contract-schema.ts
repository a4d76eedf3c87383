/**
 * A JSON schema reduced to what a consumer of this package relies on: the
 * keywords that shape the generated types or the run-time body check, plus
 * the ones that only document (format, default, constraints) so that a change
 * to them is still named. `$ref`s to component schemas stay references, so a
 * shared schema is summarised once. Pure: no I/O.
 */
import { isObject, type Json, resolveRef } from './spec-refs.js'

export interface Shape {
  /** Name of a component schema ("Subscription"), or the raw reference when it points anywhere else. */
  $ref?: string
  /** Allowed JSON types, sorted, without "null" (see `nullable`). Absent: any type. */
  type?: string[]
  nullable?: true
  format?: string
  /** 3.1: the media type of a string's content; in a request that is not JSON, a non-JSON one makes it bytes in the types. */
  contentMediaType?: string
  /** Allowed values; `const: x` is stored as `enum: [x]`. */
  enum?: unknown[]
  default?: unknown
  /** pattern, min/max lengths and values, and the like: documented, never checked by the client. */
  constraints?: Record<string, unknown>
  required?: string[]
  properties?: Record<string, Shape>
  /**
   * `false`, `true` (`true` or `{}`: the types carry an index signature), or
   * the schema of extra properties. Absent: extra properties are allowed, and
   * the types name none.
   */
  additionalProperties?: boolean | Shape
  /** The discriminator: openapi-typescript writes its mapping's values into the members' types. */
  discriminator?: { propertyName: string; mapping?: Record<string, string> }
  /** `nullable: true` beside a 3.1 `$ref`: the run-time check admits null, the generated types do not. */
  checkNullable?: true
  items?: Shape
  allOf?: Shape[]
  anyOf?: Shape[]
  oneOf?: Shape[]
  readOnly?: true
  writeOnly?: true
}

const SCHEMA_REF = /^#\/components\/schemas\/([^/]+)$/
const CONSTRAINTS = [
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
] as const

/** The component schema a `$ref` names, or undefined. */
export function schemaRefName(ref: string): string | undefined {
  const m = SCHEMA_REF.exec(ref)
  return m?.[1] === undefined ? undefined : m[1].replace(/~1/g, '/').replace(/~0/g, '~')
}

export interface ShapeContext {
  spec: Json
  /** OpenAPI 3.1 allows keywords next to `$ref`; 3.0 ignores them. */
  refSiblings: boolean
}

export function shapeContext(spec: Json): ShapeContext {
  return { spec, refSiblings: typeof spec.openapi === 'string' && spec.openapi.startsWith('3.1') }
}

/** Normalises one schema. Component-schema references stay references; other local references are followed. */
export function toShape(ctx: ShapeContext, input: unknown, seen: ReadonlySet<string> = new Set()): Shape {
  if (!isObject(input)) return {}
  if (typeof input.$ref === 'string') {
    const name = schemaRefName(input.$ref)
    const siblings = ctx.refSiblings ? refSiblings(toShape(ctx, { ...input, $ref: undefined }, seen), input) : {}
    if (name !== undefined) return { $ref: name, ...siblings }
    if (!input.$ref.startsWith('#/') || seen.has(input.$ref)) return { $ref: input.$ref }
    const target = resolveRef(ctx.spec, { $ref: input.$ref }).node
    return { ...toShape(ctx, target, new Set([...seen, input.$ref])), ...siblings }
  }
  const out: Shape = {}
  Object.assign(out, typeAndNull(input))
  if (typeof input.format === 'string') out.format = input.format
  if (typeof input.contentMediaType === 'string') out.contentMediaType = input.contentMediaType
  const values = 'const' in input ? [input.const] : Array.isArray(input.enum) ? input.enum : undefined
  if (values !== undefined) out.enum = values
  if ('default' in input) out.default = input.default
  const constraints = Object.fromEntries(CONSTRAINTS.filter((k) => input[k] !== undefined).map((k) => [k, input[k]]))
  if (Object.keys(constraints).length > 0) out.constraints = constraints
  if (Array.isArray(input.required) && input.required.length > 0) out.required = [...new Set(input.required.map(String))].sort()
  if (isObject(input.properties)) {
    out.properties = Object.fromEntries(Object.entries(input.properties).map(([k, v]) => [k, toShape(ctx, v, seen)]))
  }
  if (input.additionalProperties === false) out.additionalProperties = false
  else if (
    input.additionalProperties === true ||
    (isObject(input.additionalProperties) && Object.keys(input.additionalProperties).length === 0)
  )
    out.additionalProperties = true
  else if (isObject(input.additionalProperties)) out.additionalProperties = toShape(ctx, input.additionalProperties, seen)
  const discriminator = input.discriminator
  if (isObject(discriminator) && typeof discriminator.propertyName === 'string') {
    out.discriminator = { propertyName: discriminator.propertyName }
    if (isObject(discriminator.mapping))
      out.discriminator.mapping = Object.fromEntries(
        Object.entries(discriminator.mapping)
          .map(([k, v]) => [k, String(v)])
          .sort(),
      )
  }
  if (input.items !== undefined) out.items = toShape(ctx, input.items, seen)
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    const parts = input[key]
    if (Array.isArray(parts)) out[key] = parts.map((p) => toShape(ctx, p, seen))
  }
  if (input.readOnly === true) out.readOnly = true
  if (input.writeOnly === true) out.writeOnly = true
  return out
}

/**
 * A 3.1 `$ref`'s siblings: openapi-typescript reads none but the read/write
 * flags (a `nullable` there is 3.0's keyword, which only the run-time check
 * still honours); the run-time check reads them all.
 */
function refSiblings(siblings: Shape, input: Json): Shape {
  if (siblings.nullable !== true || input.type !== undefined) return siblings
  const { nullable: _, ...rest } = siblings
  return { ...rest, checkNullable: true }
}

function typeAndNull(input: Json): Pick<Shape, 'type' | 'nullable'> {
  const declared = typeof input.type === 'string' ? [input.type] : Array.isArray(input.type) ? input.type.map(String) : undefined
  const nullable = input.nullable === true || declared?.includes('null') === true
  const out: Pick<Shape, 'type' | 'nullable'> = {}
  if (declared !== undefined) out.type = [...new Set(declared.filter((t) => t !== 'null'))].sort()
  if (nullable) out.nullable = true
  return out
}

/** The component schemas a shape refers to directly. */
export function directRefs(shape: Shape, out: Set<string> = new Set()): Set<string> {
  if (shape.$ref !== undefined) out.add(shape.$ref)
  for (const child of Object.values(shape.properties ?? {})) directRefs(child, out)
  if (typeof shape.additionalProperties === 'object') directRefs(shape.additionalProperties, out)
  if (shape.items) directRefs(shape.items, out)
  for (const part of [...(shape.allOf ?? []), ...(shape.anyOf ?? []), ...(shape.oneOf ?? [])]) directRefs(part, out)
  return out
}
