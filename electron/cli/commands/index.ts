import type { CliCommand } from '../types'
import { backfillCommand } from './backfill'
import { exportCommand } from './export'
import { ledgerCommand } from './ledger'
import { queueCommand } from './queue'
import { resumeCommand } from './resume'
import { syncCommand } from './sync'
import { candidatesCommand } from './candidates'
import { connectCommand } from './connect'
import { disconnectCommand } from './disconnect'
import { exportCsvCommand } from './export-csv'
import { healthCommand } from './health'
import { importCommand } from './import'
import { importUndoCommand } from './import-undo'
import { jobsCommand } from './jobs'
import { probeCommand } from './probe'
import { settingsCommand } from './settings'
import { stageCommand } from './stage'
import { statusCommand } from './status'
import { templateCommand } from './template'
import { trackerJobsCommand } from './tracker-jobs'
import { indexCommand } from './tracker-index'

/** Every command, in the order `--help` lists them. */
export const COMMANDS: CliCommand[] = [
  statusCommand,
  connectCommand,
  disconnectCommand,
  healthCommand,
  probeCommand,
  trackerJobsCommand,
  settingsCommand,
  jobsCommand,
  candidatesCommand,
  stageCommand,
  exportCommand,
  syncCommand,
  indexCommand,
  queueCommand,
  ledgerCommand,
  backfillCommand,
  resumeCommand,
  templateCommand,
  importCommand,
  importUndoCommand,
  exportCsvCommand
]
