/** One label / value line of a facts list. */
export function Fact({ label, value, mono, hint }: { label: string; value: string | null; mono?: boolean; hint?: string }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd className={mono ? 'mono' : undefined}>
        {value ?? <span className="muted">—</span>}
        {hint && <span className="fact-hint">{hint}</span>}
      </dd>
    </div>
  )
}
