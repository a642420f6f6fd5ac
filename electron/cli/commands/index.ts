import type { CliCommand } from '../types'
import { candidatesCommand } from './candidates'
import { jobsCommand } from './jobs'
import { settingsCommand } from './settings'
import { stageCommand } from './stage'
import { statusCommand } from './status'

/** Every command, in the order `--help` lists them. */
export const COMMANDS: CliCommand[] = [statusCommand, settingsCommand, jobsCommand, candidatesCommand, stageCommand]
