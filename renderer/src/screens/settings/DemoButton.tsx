import { FlaskConical } from 'lucide-react'
import { toast } from 'sonner'
import { errorMessage } from '../../api/client'
import { useCallMutation } from '../../api/hooks'

/** "Try it with a demo TrackerRMS": starts the demo server on this computer and connects to it. */
export function DemoButton({ primary = false, onStarted }: { primary?: boolean; onStarted?(): void }) {
  const tryDemo = useCallMutation('connection.tryDemo')
  async function start() {
    try {
      await tryDemo.mutateAsync({})
      toast.success('Connected to the demo TrackerRMS', {
        description: 'Demo jobs and candidates are ready. Map a job to a TrackerRMS job, then move someone to Replied.'
      })
      onStarted?.()
    } catch (error) {
      toast.error('The demo could not start', { description: errorMessage(error) })
    }
  }
  return (
    <button type="button" className={`btn ${primary ? 'btn-primary' : ''}`} onClick={() => void start()} disabled={tryDemo.isPending}>
      <FlaskConical aria-hidden="true" /> {tryDemo.isPending ? 'Starting the demo…' : 'Try it with a demo TrackerRMS'}
    </button>
  )
}
