import { CircleAlert } from 'lucide-react'
import { cloneElement, useId, type ReactElement } from 'react'

interface FieldProps {
  label: string
  hint?: string
  error?: string | null
  /** One input, select or textarea; it gets the id, aria-describedby and aria-invalid. */
  children: ReactElement<Record<string, unknown>>
  className?: string
  /** A unit shown after the control ("seconds"). */
  suffix?: string
}

/** A labelled control with its hint and its error, wired for screen readers. */
export function Field({ label, hint, error, children, className, suffix }: FieldProps) {
  const id = useId()
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const control = cloneElement(children, {
    id,
    'aria-describedby': [suffix ? `${id}-suffix` : undefined, hintId, errorId].filter(Boolean).join(' ') || undefined,
    'aria-invalid': error ? true : undefined
  })
  return (
    <div className={`field ${className ?? ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {suffix ? (
        <span className="input-with-suffix">
          {control}
          <span className="input-suffix" id={`${id}-suffix`}>
            {suffix}
          </span>
        </span>
      ) : (
        control
      )}
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId} role="alert">
          <CircleAlert aria-hidden="true" />
          <span>{error}</span>
        </p>
      )}
    </div>
  )
}
