// A column recognised by what it holds rather than by its header: LinkedIn's Connections.csv calls its profile links
// "URL", Outlook keeps them in "Web Page", Google in "Website 1 - Value", a spreadsheet in "Profil" or "Link". Such a
// column is read as the LinkedIn URL when no column is already (by header or by the given mapping) and the first
// rows (MAPPING_SAMPLE_ROWS) show it: at least half of its non-empty values are LinkedIn profile addresses. A website
// among them is left out of that row with a warning (row.ts), not refused, since the header never promised a profile.
import { isLinkedInProfileUrl } from '../normalize/linkedin'

/**
 * Of the columns at `candidates` (positions in the row), the one whose sampled values are most often LinkedIn profile
 * addresses (the leftmost on a tie), if any qualifies.
 */
export function linkedinColumnByValues(candidates: readonly number[], sample: readonly (readonly string[])[]): number | null {
  let best: number | null = null
  let bestCount = 0
  for (const index of candidates) {
    let filled = 0
    let profiles = 0
    for (const row of sample) {
      const value = row[index]?.trim() ?? ''
      if (value === '') continue
      filled++
      if (isLinkedInProfileUrl(value)) profiles++
    }
    if (profiles > 0 && profiles * 2 >= filled && profiles > bestCount) {
      best = index
      bestCount = profiles
    }
  }
  return best
}
