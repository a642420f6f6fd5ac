// The API client and transport, available to every component.
import { createContext, useContext, type ReactNode } from 'react'
import { createApiClient, type ApiClient } from './client'
import type { Transport } from './transport'

interface ApiContextValue {
  client: ApiClient
  transport: Transport
}

const ApiContext = createContext<ApiContextValue | null>(null)

export function ApiProvider({ transport, children }: { transport: Transport; children: ReactNode }) {
  return <ApiContext.Provider value={{ client: createApiClient(transport), transport }}>{children}</ApiContext.Provider>
}

export function useApi(): ApiContextValue {
  const value = useContext(ApiContext)
  if (!value) throw new Error('useApi outside ApiProvider')
  return value
}
