/**
 * What a change means for a user of this package, in one table. A schema
 * change has an effect on the set of values it allows; what that breaks
 * depends on the direction the schema travels in. Requests are the caller's
 * to build, so a narrower request schema breaks calls at compile time.
 * Responses are the caller's to read and are checked at run time, so a wider
 * response schema breaks code that handled the old values only, and a
 * narrower one rejects bodies the old spec allowed (`invalid_body`).
 */
import type { Direction } from './contract.js'

/** Why a change breaks a user: their code stops compiling, a body fails the run-time check, or the request on the wire changes. */
export type Break = 'compile' | 'invalid_body' | 'invalid_request' | 'wire'
export type Level = 'major' | 'minor' | 'patch'

export const BREAK_LABEL: Record<Break, string> = {
  compile: 'compile break',
  invalid_body: 'invalid_body at run time',
  invalid_request: 'refused at run time',
  wire: 'changed wire',
}

export interface Verdict {
  breaks: Break[]
  level: Level
  why: string
}

/**
 * How a schema change moves the set of values the schema allows. The
 * `check-` effects move it for the run-time check only: the generated types
 * are the same (`integer` and `number` are both `number`; `additionalProperties:
 * false` has no TypeScript form).
 */
export type Effect = 'added-optional' | 'widened' | 'narrowed' | 'check-widened' | 'check-narrowed' | 'changed' | 'removed' | 'unchecked'

const RULES: Record<Effect, Record<Direction, Verdict>> = {
  'added-optional': {
    request: { breaks: [], level: 'minor', why: 'a new optional field to send' },
    response: { breaks: [], level: 'minor', why: 'a new optional field to read' },
  },
  widened: {
    request: { breaks: [], level: 'minor', why: 'every call that compiled still compiles' },
    response: {
      breaks: ['compile'],
      level: 'major',
      why: 'code that handles only the old values stops compiling (exhaustive switch, non-null use)',
    },
  },
  narrowed: {
    request: { breaks: ['compile'], level: 'major', why: 'calls built the old way stop compiling' },
    response: { breaks: ['invalid_body'], level: 'major', why: 'bodies the old spec allowed now fail the run-time check' },
  },
  'check-widened': {
    request: { breaks: [], level: 'minor', why: 'the types are the same, and every call that passed the check still does' },
    response: { breaks: [], level: 'minor', why: 'the types are the same; bodies the old check refused now pass it' },
  },
  'check-narrowed': {
    request: {
      breaks: ['invalid_request'],
      level: 'major',
      why: 'the types are the same, but values the new spec refuses fail at run time (in a body: invalid_request, nothing sent)',
    },
    response: {
      breaks: ['invalid_body'],
      level: 'major',
      why: 'the types are the same; bodies the old spec allowed now fail the run-time check',
    },
  },
  changed: {
    request: { breaks: ['compile'], level: 'major', why: 'calls built the old way stop compiling (TS2322)' },
    response: {
      breaks: ['compile', 'invalid_body'],
      level: 'major',
      why: 'code that reads the old type stops compiling (TS2322), and bodies of the old shape fail the run-time check',
    },
  },
  removed: {
    request: { breaks: ['compile'], level: 'major', why: 'calls that pass it stop compiling (excess property)' },
    response: { breaks: ['compile'], level: 'major', why: 'code that reads it stops compiling (TS2339)' },
  },
  unchecked: {
    request: { breaks: [], level: 'patch', why: 'neither the types nor the run-time check look at it' },
    response: { breaks: [], level: 'patch', why: 'neither the types nor the run-time check look at it' },
  },
}

const ORDER: Level[] = ['patch', 'minor', 'major']

export function maxLevel(levels: Iterable<Level>): Level | undefined {
  let best: Level | undefined
  for (const l of levels) if (best === undefined || ORDER.indexOf(l) > ORDER.indexOf(best)) best = l
  return best
}

/** The verdict on a schema change, given its effect in each direction the schema travels in. */
export function classify(effects: ReadonlyMap<Direction, Effect>): Verdict {
  const verdicts = [...effects].map(([direction, effect]) => ({ direction, ...RULES[effect][direction] }))
  const breaks = [...new Set(verdicts.flatMap((v) => v.breaks))].sort((a, b) => order(a) - order(b))
  const whys = [...new Set(verdicts.map((v) => v.why))]
  const why =
    whys.length === 1
      ? (whys[0] ?? '')
      : verdicts
          .map((v) => `in ${v.direction}s, ${v.why}`)
          .filter((w, i, all) => all.indexOf(w) === i)
          .join('; ')
  return { breaks, level: maxLevel(verdicts.map((v) => v.level)) ?? 'patch', why }
}

function order(b: Break): number {
  return Object.keys(BREAK_LABEL).indexOf(b)
}

/** Shorthands for changes outside schemas. */
export const breaking = (why: string, ...breaks: Break[]): Verdict => ({ breaks, level: 'major', why })
export const addition = (why: string): Verdict => ({ breaks: [], level: 'minor', why })
export const cosmetic = (why: string): Verdict => ({ breaks: [], level: 'patch', why })
