// Keyboard shortcuts in the page, for the browser host (the desktop app's menu has the same accelerators, and
// sends them as shell commands). Alt+1…4 switch screens; "/" finds candidates. Never while typing in a field.
import { useEffect } from 'react'
import type { ShellCommand } from '../../../shared/api/events'

const SCREEN_KEYS: Record<string, ShellCommand> = { '1': 'go-jobs', '2': 'go-candidates', '3': 'go-activity', '4': 'go-settings' }

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))

export function useGlobalShortcuts(onCommand: (command: ShellCommand) => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return
      if (event.altKey && !event.ctrlKey && !event.metaKey && SCREEN_KEYS[event.key]) {
        event.preventDefault()
        onCommand(SCREEN_KEYS[event.key])
      } else if (event.key === '/' && !event.altKey && !event.ctrlKey && !event.metaKey && !isTyping(event.target)) {
        event.preventDefault()
        onCommand('find')
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onCommand])
}
