import { statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { writeOutputFile } from '../../lib/safe-output'
import { parse, positiveInt, requireString } from '../args'
import { UsageError } from '../errors'
import { FORCE_OPTION, FORCE_USAGE, refusedUnlessForced } from '../output'
import type { CliCommand } from '../types'

const usage = `Usage: tracker-sync resume CANDIDATE --out FILE.pdf|FOLDER [--force] [--json]

Writes the resume PDF that Tracker Sync attaches to a candidate it creates in TrackerRMS. Given a folder, the file
is named after the candidate, e.g. "Ann Lee - Resume.pdf" (FILE below is that file).
${FORCE_USAGE}`

/** The folder --out names, if it names one: an existing folder, or (ending in a slash) one that must exist. */
function outFolder(out: string): string | null {
  let isFolder = false
  try {
    isFolder = statSync(out).isDirectory() // a link to a folder is the user's folder
  } catch {
    // nothing there (or not a folder): a file name
  }
  if (!isFolder && /[\\/]$/.test(out)) throw new UsageError(`--out ${out} names a folder that does not exist: create it first, or give a file name.`)
  return isFolder ? resolve(out) : null
}

export const resumeCommand: CliCommand = {
  name: 'resume',
  summary: 'write a candidate’s generated resume PDF',
  usage,
  async run(args, ctx) {
    const { values, positionals } = parse(args, { out: { type: 'string' }, ...FORCE_OPTION }, usage)
    if (positionals.length !== 1) throw new UsageError('Give one CANDIDATE id.', usage)
    const candidateId = positiveInt(positionals[0], 'CANDIDATE', usage)
    const target = requireString(values.out, '--out', usage)
    const folder = outFolder(target)
    const resume = await ctx.core().resume.render(candidateId)
    const out = folder === null ? resolve(target) : join(folder, resume.fileName)
    await refusedUnlessForced(writeOutputFile(out, resume.bytes, { overwrite: values.force }))
    ctx.print({ file: out, bytes: resume.bytes.length, suggestedName: resume.fileName }, () => `Wrote ${out} (${resume.bytes.length} bytes).`)
  }
}
