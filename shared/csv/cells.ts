// Reading the cells that need more than trimming: stage, TrackerRMS id, and an email cell holding several addresses.
import { STAGE_LABELS, STAGES, type Stage } from '../domain'
import { detach } from './detach'

const stageWord = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')

const STAGE_BY_WORD = new Map<string, Stage>()
for (const stage of STAGES) {
  STAGE_BY_WORD.set(stageWord(stage), stage)
  STAGE_BY_WORD.set(stageWord(STAGE_LABELS[stage]), stage)
}

// A Stage column repeats a handful of spellings over thousands of rows: remember what each cell text meant.
const STAGE_BY_TEXT = new Map<string, Stage | null>()
const REMEMBERED_TEXTS = 256

/** "In sequence", "sequence", "NOT-INTERESTED", "not_interested" … -> the stage; null when it is none of ours. */
export function parseStage(text: string): Stage | null {
  const known = STAGE_BY_TEXT.get(text)
  if (known !== undefined) return known
  const stage = STAGE_BY_WORD.get(stageWord(text)) ?? null
  if (STAGE_BY_TEXT.size < REMEMBERED_TEXTS && text.length <= 40) STAGE_BY_TEXT.set(detach(text), stage)
  return stage
}

export const STAGE_CHOICES = STAGES.map((s) => STAGE_LABELS[s]).join(', ')

/** A TrackerRMS record id is a positive whole number; anything else is null. */
export function parseTrackerId(text: string): number | null {
  const trimmed = text.trim()
  if (!/^\d+$/.test(trimmed)) return null
  const id = Number(trimmed)
  return id >= 1 && Number.isSafeInteger(id) ? id : null
}

const SEPARATORS = /[\s,;]/
/** Google Contacts puts two values of one kind in one cell: "ann@a.com ::: ann@b.com", "+44 7700 ::: +44 113". */
const GOOGLE_LIST = ' ::: '

/**
 * An email cell that holds several addresses ("ann@a.com; ann@b.com", Google's "ann@a.com ::: ann@b.com") gives the
 * first one and a warning. A cell that is not a list of addresses is returned unchanged, for the email check to judge.
 */
export function pickEmail(text: string): { value: string; dropped: string[] } {
  if (!SEPARATORS.test(text)) return { value: text, dropped: [] } // one part: nothing to pick
  const parts = text.split(/(?:[\s,;]|:::)+/).filter(Boolean)
  if (parts.length > 1 && parts.every((part) => part.includes('@'))) return { value: parts[0], dropped: parts.slice(1) }
  return { value: text, dropped: [] }
}

/** A phone cell with Google's list of numbers gives the first one (a number itself may hold spaces and commas). */
export function pickPhone(text: string): { value: string; dropped: string[] } {
  if (!text.includes(GOOGLE_LIST)) return { value: text, dropped: [] }
  const parts = text
    .split(GOOGLE_LIST)
    .map((part) => part.trim())
    .filter(Boolean)
  return { value: parts[0] ?? text, dropped: parts.slice(1) }
}
