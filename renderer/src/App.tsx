import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { KeyRound } from 'lucide-react'
import { useState } from 'react'
import { Toaster } from 'sonner'
import { ApiProvider } from './api/context'
import type { Transport } from './api/transport'
import { Shell } from './app/Shell'
import { EmptyState } from './components/EmptyState'

export function App({ transport }: { transport: Transport | null }) {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          // Data is local and changes are pushed as events: no polling, no refetch on focus, one quick retry.
          queries: { staleTime: 30_000, refetchOnWindowFocus: false, retry: 1 }
        }
      })
  )
  if (!transport) {
    return (
      <main className="fatal">
        <EmptyState icon={KeyRound} title="This page needs its key">
          <p>Open Tracker Sync with the address that "npm run web" printed when it started. It ends in ?key=… and changes on every start.</p>
        </EmptyState>
      </main>
    )
  }
  return (
    <QueryClientProvider client={queryClient}>
      <ApiProvider transport={transport}>
        <Shell />
        <Toaster theme="system" position="bottom-right" closeButton richColors={false} toastOptions={{ className: 'toast' }} />
      </ApiProvider>
    </QueryClientProvider>
  )
}
