import type { ReactNode } from 'react'

/** An error in words, announced to screen readers (role "alert") and styled as one; nothing when there is none. */
export function ErrorMessage({ children, id }: { children: ReactNode; id?: string }) {
  if (!children) return null
  return (
    <p className="field-error" role="alert" id={id}>
      {children}
    </p>
  )
}
