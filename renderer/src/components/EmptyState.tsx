import type { LucideIcon } from 'lucide-react'
import type { ReactNode } from 'react'

/** What is (not) here, and what to do next. */
export function EmptyState({ icon: Icon, title, children, actions }: { icon: LucideIcon; title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="empty" aria-label={title}>
      <div className="empty-icon" aria-hidden="true">
        <Icon />
      </div>
      <h2>{title}</h2>
      <div className="muted">{children}</div>
      {actions && <div className="actions">{actions}</div>}
    </section>
  )
}
