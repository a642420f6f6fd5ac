// A search box's words as SQL conditions: every word must match somewhere (AND of ORs). Names are compared by
// their duplicate key (Unicode case folding, accents as the duplicate check treats them) because LIKE folds ASCII
// case only; other text columns use LIKE with the wildcards in the word escaped.
import { normalizeFullName } from '../../shared/normalize'

/** Words beyond this many are ignored (each adds a condition). */
const MAX_SEARCH_TERMS = 8

const escapeLike = (term: string) => term.replace(/[\\%_]/g, (ch) => `\\${ch}`)

export interface SearchColumns {
  /** Columns holding a name key (candidates.name_key): matched by instr() on the word's own key. */
  nameKeys?: string[]
  /** Plain text columns (and expressions), matched case-insensitively (ASCII) with LIKE. */
  text?: string[]
}

export function searchConditions(search: string | undefined, columns: SearchColumns): { sql: string[]; params: unknown[] } {
  const terms = (search ?? '').trim().split(/\s+/u).filter(Boolean).slice(0, MAX_SEARCH_TERMS)
  const sql: string[] = []
  const params: unknown[] = []
  for (const term of terms) {
    const like = `%${escapeLike(term)}%`
    const key = normalizeFullName(term) ?? term
    const ors = [
      ...(columns.nameKeys ?? []).map((column) => {
        params.push(key)
        return `instr(${column}, ?) > 0`
      }),
      ...(columns.text ?? []).map((column) => {
        params.push(like)
        return `${column} LIKE ? ESCAPE '\\'`
      })
    ]
    sql.push(`(${ors.join(' OR ')})`)
  }
  return { sql, params }
}
