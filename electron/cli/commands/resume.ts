import { existsSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse, positiveInt, requireString } from '../args'
import { UsageError } from '../errors'
import type { CliCommand } from '../types'

const usage = `Usage: tracker-sync resume CANDIDATE --out FILE.pdf|FOLDER [--json]

Writes the resume PDF that Tracker Sync attaches to a candidate it creates in TrackerRMS. Given a folder, the file
is named after the candidate, e.g. "Ann Lee - Resume.pdf".`

export const resumeCommand: CliCommand = {
  name: 'resume',
  summary: 'write a candidate’s generated resume PDF',
  usage,
  async run(args, ctx) {
    const { values, positionals } = parse(args, { out: { type: 'string' } }, usage)
    if (positionals.length !== 1) throw new UsageError('Give one CANDIDATE id.', usage)
    const candidateId = positiveInt(positionals[0], 'CANDIDATE', usage)
    const target = resolve(requireString(values.out, '--out', usage))
    const resume = await ctx.core().resume.render(candidateId)
    const out = existsSync(target) && statSync(target).isDirectory() ? join(target, resume.fileName) : target
    writeFileSync(out, resume.bytes)
    ctx.print({ file: out, bytes: resume.bytes.length, suggestedName: resume.fileName }, () => `Wrote ${out} (${resume.bytes.length} bytes).`)
  }
}
