/** Bad input found while a call is built: becomes `invalid_request`, and nothing is sent. */
export class RequestProblem extends Error {
  override readonly name = 'RequestProblem'
}

/** A string, finite number, boolean or bigint, as a parameter or form field takes it; a RequestProblem naming `at` otherwise. */
export function scalar(value: unknown, at: string): string | number | boolean | bigint {
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'bigint') return value
  if (typeof value === 'number' && Number.isFinite(value)) return value
  throw new RequestProblem(`${at} must be a string, a finite number or a boolean, got ${value === null ? 'null' : typeof value}`)
}
