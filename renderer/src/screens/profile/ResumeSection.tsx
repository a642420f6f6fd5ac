// The resume PDF Tracker Sync attaches in TrackerRMS, shown from a blob: address (the CSP allows frame-src blob:).
// It is made on demand: rendering takes a moment and most profile visits do not need it.
import { Download, FileText } from 'lucide-react'
import { useEffect, useState } from 'react'
import { useApi } from '../../api/context'
import { useCallMutation } from '../../api/hooks'
import { base64ToBytes, downloadBlob } from '../../api/files'
import { ErrorMessage } from '../../components/ErrorMessage'

export function ResumeSection({ candidateId, name }: { candidateId: number; name: string }) {
  const render = useCallMutation('resume.render')
  // The desktop app shows the PDF in its own viewer (with its save button) and refuses page downloads.
  const canDownload = useApi().transport.kind === 'browser'
  const [pdf, setPdf] = useState<{ url: string; blob: Blob; fileName: string } | null>(null)
  useEffect(() => () => void (pdf && URL.revokeObjectURL(pdf.url)), [pdf])

  async function show() {
    const result = await render.mutateAsync({ candidateId })
    const blob = new Blob([base64ToBytes(result.data)], { type: 'application/pdf' })
    setPdf({ url: URL.createObjectURL(blob), blob, fileName: result.fileName })
  }

  if (!pdf)
    return (
      <div className="resume-empty">
        <p className="muted">The PDF attached to the candidate in TrackerRMS, made from this profile.</p>
        <button type="button" className="btn btn-sm" onClick={() => void show().catch(() => undefined)} disabled={render.isPending}>
          <FileText aria-hidden="true" /> {render.isPending ? 'Making the PDF…' : 'Preview resume PDF'}
        </button>
        {render.isError && <ErrorMessage>{render.error.message}</ErrorMessage>}
      </div>
    )
  return (
    <div className="resume-preview">
      <iframe src={pdf.url} title={`Resume of ${name} (PDF)`} />
      {canDownload && (
        <button type="button" className="btn btn-sm" onClick={() => downloadBlob(pdf.blob, pdf.fileName)}>
          <Download aria-hidden="true" /> Download {pdf.fileName}
        </button>
      )}
    </div>
  )
}
