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
import { healthCommand } from './health'
import { jobsCommand } from './jobs'
import { settingsCommand } from './settings'
import { stageCommand } from './stage'
import { statusCommand } from './status'
import { trackerJobsCommand } from './tracker-jobs'

/** Every command, in the order `--help` lists them. */
export const COMMANDS: CliCommand[] = [statusCommand, connectCommand, disconnectCommand, healthCommand, trackerJobsCommand, settingsCommand, jobsCommand, candidatesCommand, stageCommand, exportCommand, syncCommand, queueCommand, ledgerCommand, backfillCommand, resumeCommand]
