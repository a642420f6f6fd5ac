import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { pickTransport } from './api/pick-transport'
import { App } from './App'
import './styles/tokens.css'
import './styles/base.css'
import './styles/layout.css'
import './styles/components.css'
import './styles/table.css'
import './styles/feedback.css'
import './styles/data.css'
import './styles/dialogs.css'

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App transport={pickTransport()} />
  </StrictMode>
)
