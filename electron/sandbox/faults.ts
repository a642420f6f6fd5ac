// Which fault (if any) an API request gets: first the deterministic rules (failNext), then the random rates.
// And the per-minute limit TrackerRMS enforces, answered with 429 + Retry-After.
import { mulberry32 } from './prng'
import type { FaultKind, FaultRates, FaultRule } from './types'

export class FaultPlan {
  rates: FaultRates = {}
  private rules: (FaultRule & { left: number })[] = []
  private random = mulberry32(7)

  add(rule: FaultRule): void {
    this.rules.push({ ...rule, left: Math.max(1, rule.count ?? 1) })
  }

  pending(): FaultRule[] {
    return this.rules.map(({ left, ...rule }) => ({ ...rule, count: left }))
  }

  clear(): void {
    this.rules = []
    this.rates = {}
    this.random = mulberry32(7)
  }

  /** The fault for this request, consuming one use of a matching rule. */
  next(path: string): FaultRule | null {
    const lower = path.toLowerCase()
    const index = this.rules.findIndex((rule) => !rule.path || lower.includes(rule.path.toLowerCase()))
    if (index !== -1) {
      const rule = this.rules[index]
      if (--rule.left <= 0) this.rules.splice(index, 1)
      return rule
    }
    const draws: [FaultKind, number | undefined][] = [
      ['5xx', this.rates.error5xx],
      ['429', this.rates.rateLimit429],
      ['hang', this.rates.hang],
      ['reset', this.rates.reset],
      ['malformed', this.rates.malformed],
      ['huge', this.rates.huge]
    ]
    for (const [kind, rate] of draws) if (rate && this.random() < rate) return { kind }
    return null
  }
}

/** A rolling-window counter of accepted API requests (rejected ones do not count). */
export class RateLimiter {
  private readonly times: number[] = []

  constructor(
    public limit: number | null,
    public windowMs = 60_000
  ) {}

  /** null when the request may go ahead, else the seconds to wait (Retry-After). */
  check(now: number): number | null {
    while (this.times.length && this.times[0] <= now - this.windowMs) this.times.shift()
    if (this.limit !== null && this.times.length >= this.limit) return Math.max(1, Math.ceil((this.times[0] + this.windowMs - now) / 1000))
    this.times.push(now)
    return null
  }
}
