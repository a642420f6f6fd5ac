/**
 * A labelled progress bar (0…1); indeterminate when value is null. `name` and `valueText` are for a bar whose
 * visible label changes as it goes (a long read): screen readers get a steady name and the count as its value.
 */
export function ProgressBar({
  value,
  label,
  detail,
  name,
  valueText
}: {
  value: number | null
  label: string
  detail?: string
  name?: string
  valueText?: string
}) {
  const percent = value === null ? null : Math.round(Math.max(0, Math.min(1, value)) * 100)
  return (
    <div className="progress">
      <div className="progress-text">
        <span>{label}</span>
        {detail && <span className="muted">{detail}</span>}
      </div>
      <div
        className={`progress-track${percent === null ? ' indeterminate' : ''}`}
        role="progressbar"
        aria-label={name ?? label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={valueText ?? (percent === null ? 'Working…' : `${percent} %`)}
      >
        <div className="progress-fill" style={percent === null ? undefined : { width: `${percent}%` }} />
      </div>
    </div>
  )
}
