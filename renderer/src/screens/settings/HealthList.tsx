import { CircleAlert, CircleCheck } from 'lucide-react'
import type { HealthReport } from '../../../../shared/api/connection'

/** One line per capability: what works (with what was seen), what does not (why, and the fix). */
export function HealthList({ report }: { report: HealthReport }) {
  return (
    <ul className="health" aria-label="Connection check">
      {report.items.map((item) => (
        <li key={item.capability} className={item.ok ? 'ok' : 'failed'}>
          {item.ok ? <CircleCheck aria-hidden="true" /> : <CircleAlert aria-hidden="true" />}
          <div>
            <p>
              <strong>{item.label}</strong>
              <span className="visually-hidden">{item.ok ? ': works' : ': failed'}</span>
              {item.ok && item.detail && <span className="muted"> · {item.detail}</span>}
            </p>
            {!item.ok && item.reason && <p>{item.reason}</p>}
            {!item.ok && item.fix && (
              <p className="muted">
                <strong>Fix:</strong> {item.fix}
              </p>
            )}
          </div>
        </li>
      ))}
    </ul>
  )
}
