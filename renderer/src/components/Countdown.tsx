import { untilText, useNow } from '../api/time'

/** "in 1:52" until an ISO time, then "any moment now": the grace delay and retry waits, live. Compact: "1:52", "now". */
export function Countdown({ until, prefix = 'in ', compact = false }: { until: string; prefix?: string; compact?: boolean }) {
  const now = useNow(1000)
  const text = untilText(until, now)
  return (
    <span className="countdown" title={`Due ${new Date(until).toLocaleString()}`}>
      {text === 'now' ? (compact ? 'now' : 'any moment now') : `${prefix}${text}`}
    </span>
  )
}
