import { useEffect, useState } from 'react'

interface Status {
  database: { schemaVersion: number }
  counts: { jobs: number; candidates: number }
}

declare global {
  interface Window {
    api?: { status(): Promise<{ ok: true; value: Status } | { ok: false; error: { message: string } }> }
  }
}

export function App() {
  const [status, setStatus] = useState<Status | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    window.api
      ?.status()
      .then((result) => (result.ok ? setStatus(result.value) : setError(result.error.message)))
      .catch((e: unknown) => setError(String(e)))
  }, [])
  return (
    <main>
      <h1>Tracker Sync</h1>
      {error && <p role="alert">{error}</p>}
      {status && (
        <p>
          {status.counts.jobs} jobs, {status.counts.candidates} candidates (schema {status.database.schemaVersion})
        </p>
      )}
    </main>
  )
}
