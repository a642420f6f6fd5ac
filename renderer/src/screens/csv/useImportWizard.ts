// The import wizard's state and steps: upload, inspect (again on every mapping change), dry run (again on every
// option change), apply; progress from 'import.progress' events of this run's token. The view is ImportWizard.tsx.
import { useEffect, useRef, useState } from 'react'
import { toast } from 'sonner'
import type { MappingChoice } from '../../../../shared/api/csv'
import type { FileRef } from '../../../../shared/api/files'
import type { EncodingName } from '../../../../shared/csv/encodings'
import type { DuplicatePolicy, ImportOutcome, ImportPreview, InspectResult } from '../../../../shared/csv/types'
import { useApi } from '../../api/context'
import { errorMessage } from '../../api/client'
import { uploadFile } from '../../api/files'
import { useCall } from '../../api/hooks'
import { useApiEvent } from '../../api/live'

export type Step = 'file' | 'mapping' | 'check' | 'import'

const newToken = () => (crypto.randomUUID ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`)

/** One empty list for "not loaded yet", so effects that depend on a list do not run again on every render. */
const NONE: never[] = []

export function useImportWizard(open: boolean, defaultJobId: number | null) {
  const { client } = useApi()
  const jobs = useCall('jobs.list', {}, { enabled: open }).data ?? NONE
  const saved = useCall('csv.mappings', {}, { enabled: open }).data ?? NONE
  const [step, setStep] = useState<Step>('file')
  const [jobId, setJobId] = useState<number | null>(null)
  const [file, setFile] = useState<FileRef | null>(null)
  const [uploading, setUploading] = useState<number | null>(null)
  const [inspect, setInspect] = useState<InspectResult | null>(null)
  /** The sheet of a workbook chosen in the columns step (undefined: the first, or a CSV file). */
  const [sheet, setSheet] = useState<string | undefined>(undefined)
  const [overrides, setOverrides] = useState<Record<string, string | null>>({})
  const [savedName, setSavedName] = useState('')
  /** The encoding the user picked instead of the detected one (null: as detected). */
  const [encoding, setEncoding] = useState<EncodingName | null>(null)
  const [policy, setPolicy] = useState<DuplicatePolicy>('skip')
  const [skipInvalid, setSkipInvalid] = useState(false)
  const [saveAs, setSaveAs] = useState('')
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [result, setResult] = useState<ImportOutcome | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [progress, setProgress] = useState<{ token: string; value: number | null } | null>(null)
  const fileRef = useRef<FileRef | null>(null)
  fileRef.current = file

  // A fresh wizard each time it opens; the uploaded file is removed when it closes.
  useEffect(() => {
    if (open) {
      setStep('file')
      setFile(null)
      setInspect(null)
      setSheet(undefined)
      setOverrides({})
      setSavedName('')
      setEncoding(null)
      setPolicy('skip')
      setSkipInvalid(false)
      setSaveAs('')
      setPreview(null)
      setResult(null)
      setError(null)
      setProgress(null)
      setUploading(null)
    } else if (fileRef.current) {
      void client.call('files.discard', { fileId: fileRef.current.fileId }).catch(() => undefined)
    }
  }, [open, client])
  useEffect(() => {
    if (open) setJobId((current) => defaultJobId ?? current ?? jobs[0]?.id ?? null)
  }, [open, defaultJobId, jobs])

  useApiEvent('import.progress', (p) => {
    setProgress((current) =>
      current && current.token === p.importToken && p.phase !== 'done'
        ? { token: p.importToken, value: p.bytesTotal ? p.bytesRead / p.bytesTotal : null }
        : current
    )
  })

  const mapping = (): MappingChoice[] | undefined => {
    const entries = Object.entries(overrides)
    return entries.length ? entries.map(([header, field]) => ({ header, field })) : undefined
  }
  const options = () => ({
    fileId: file!.fileId,
    jobId: jobId!,
    mapping: mapping(),
    mappingName: savedName || undefined,
    encoding: encoding ?? undefined,
    sheet,
    policy,
    skipInvalid
  })

  async function run<T>(work: () => Promise<T>): Promise<T | null> {
    setBusy(true)
    setError(null)
    try {
      return await work()
    } catch (caught) {
      setError(errorMessage(caught))
      return null
    } finally {
      setBusy(false)
    }
  }

  async function chooseFile(chosen: File) {
    if (jobId === null) return setError('Choose the job to import into first.')
    setError(null)
    setUploading(0)
    try {
      const uploaded = await uploadFile(client, chosen, setUploading)
      if (fileRef.current) void client.call('files.discard', { fileId: fileRef.current.fileId }).catch(() => undefined)
      setFile(uploaded)
      setSheet(undefined)
      setOverrides({})
      setSavedName('')
      setEncoding(null)
      const inspected = await client.call('csv.inspect', { fileId: uploaded.fileId })
      setInspect(inspected)
      setStep('mapping')
    } catch (caught) {
      setError(errorMessage(caught))
    } finally {
      setUploading(null)
    }
  }

  // A changed mapping, encoding or sheet is checked again at once (the problems below the table and the first rows,
  // decoded in the encoding picked, follow it).
  async function remap(nextOverrides: Record<string, string | null>, nextSaved: string, nextEncoding = encoding, nextSheet = sheet) {
    setOverrides(nextOverrides)
    setSavedName(nextSaved)
    setEncoding(nextEncoding)
    setSheet(nextSheet)
    if (!file) return
    const entries = Object.entries(nextOverrides)
    const inspected = await run(() =>
      client.call('csv.inspect', {
        fileId: file.fileId,
        sheet: nextSheet,
        mapping: entries.length ? entries.map(([header, field]) => ({ header, field })) : undefined,
        mappingName: nextSaved || undefined,
        encoding: nextEncoding ?? undefined
      })
    )
    if (inspected) setInspect(inspected)
  }
  // Another sheet has other columns: its mapping starts afresh.
  const chooseSheet = (name: string) => remap({}, '', encoding, name)

  async function check() {
    const token = newToken()
    setStep('check')
    setPreview(null)
    setProgress({ token, value: 0 })
    const checked = await run(() => client.call('csv.preview', { ...options(), importToken: token }))
    setProgress(null)
    if (checked) setPreview(checked)
  }
  // Changing an option redoes the check.
  useEffect(() => {
    if (step === 'check' && preview) void check()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [policy, skipInvalid])

  async function apply() {
    const token = newToken()
    setStep('import')
    setProgress({ token, value: 0 })
    const outcome = await run(() => client.call('csv.apply', { ...options(), importToken: token, saveMappingAs: saveAs.trim() || undefined }))
    setProgress(null)
    if (!outcome) return setStep('check')
    setResult(outcome)
    if (outcome.status === 'applied') {
      const c = outcome.counts
      toast.success(`Imported ${outcome.fileName}`, {
        description: `${c.new} new, ${c.added ? `${c.added} added from other jobs, ` : ''}${c.updated} updated, ${c.skipped} skipped${c.invalid ? `, ${c.invalid} invalid left out` : ''}.`
      })
    } else {
      toast.error(`${outcome.fileName} was not imported`, { description: outcome.reason })
    }
  }

  return {
    jobs,
    saved,
    step,
    setStep,
    jobId,
    setJobId,
    file,
    uploading,
    inspect,
    overrides,
    savedName,
    policy,
    setPolicy,
    skipInvalid,
    setSkipInvalid,
    saveAs,
    setSaveAs,
    preview,
    result,
    busy,
    error,
    progress,
    chooseFile,
    remap,
    chooseSheet,
    check,
    apply
  }
}
