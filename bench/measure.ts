/** Interleaved rounds, medians: the contenders share the machine's noise. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

/** Runs `op` repeatedly for about `ms` milliseconds; returns operations per second. */
export async function opsPerSecond(op: () => Promise<unknown>, ms: number): Promise<number> {
  let count = 0
  const start = performance.now()
  let elapsed = 0
  while (elapsed < ms) {
    for (let i = 0; i < 20; i += 1) await op()
    count += 20
    elapsed = performance.now() - start
  }
  return (count * 1000) / elapsed
}

/** Each round runs every contender once, in turn; the result is each contender's median. */
export async function interleaved(contenders: Record<string, () => Promise<number>>, rounds: number): Promise<Record<string, number>> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]))
  for (let r = 0; r < rounds; r += 1) {
    for (const [name, run] of Object.entries(contenders)) samples[name]?.push(await run())
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]))
}

export function print(title: string, rows: Record<string, number>, unit: string): void {
  process.stdout.write(`${title}\n`)
  for (const [k, v] of Object.entries(rows)) process.stdout.write(`  ${k.padEnd(28)} ${v.toFixed(v < 100 ? 2 : 0).padStart(12)} ${unit}\n`)
}
