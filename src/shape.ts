/**
 * Checks a parsed JSON body against the pruned schema that `npm run generate`
 * writes to generated/<api>-operations.ts. Returns the first problem found,
 * in words, or undefined when the body has the declared shape.
 */

export interface Shape {
  readonly type?: string
  readonly required?: readonly string[]
  readonly enum?: readonly unknown[]
  readonly nullable?: boolean
  readonly properties?: { readonly [name: string]: Shape }
  readonly items?: Shape
  readonly allOf?: readonly Shape[]
  readonly anyOf?: readonly Shape[]
  readonly oneOf?: readonly Shape[]
}

function typeOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value
}

function typeMatches(expected: string, actual: string): boolean {
  return expected === actual || (expected === 'number' && actual === 'integer')
}

export function shapeProblem(value: unknown, shape: Shape, at = 'body'): string | undefined {
  if (value === null && shape.nullable === true) return undefined
  const actual = typeOf(value)
  if (shape.type !== undefined && !typeMatches(shape.type, actual)) return `${at} is ${actual}, expected ${shape.type}`
  if (shape.enum !== undefined && !shape.enum.includes(value))
    return `${at} is ${JSON.stringify(value)}, not one of ${JSON.stringify(shape.enum)}`
  for (const part of shape.allOf ?? []) {
    const problem = shapeProblem(value, part, at)
    if (problem !== undefined) return problem
  }
  const alternatives = shape.anyOf ?? shape.oneOf
  if (alternatives?.every((part) => shapeProblem(value, part, at) !== undefined)) {
    return `${at} matches none of the declared alternatives`
  }
  if (actual === 'object') return objectProblem(value as Record<string, unknown>, shape, at)
  if (actual === 'array' && shape.items !== undefined) {
    const items = value as unknown[]
    for (let i = 0; i < items.length; i += 1) {
      const problem = shapeProblem(items[i], shape.items, `${at}[${i}]`)
      if (problem !== undefined) return problem
    }
  }
  return undefined
}

function objectProblem(value: Record<string, unknown>, shape: Shape, at: string): string | undefined {
  for (const name of shape.required ?? []) {
    if (!(name in value)) return `${at} is missing required field "${name}"`
  }
  for (const [name, child] of Object.entries(shape.properties ?? {})) {
    if (value[name] === undefined) continue
    const problem = shapeProblem(value[name], child, `${at}.${name}`)
    if (problem !== undefined) return problem
  }
  return undefined
}
