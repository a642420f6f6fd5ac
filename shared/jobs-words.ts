// The jobs a stored candidate is on, in words, for messages about the same person: "in ICU Nurse", "in ICU Nurse and
// Ward Manager", "in A, B, C and 2 more", or "on no job" (Add candidate's refusal, an import's duplicates).

const JOBS_NAMED = 3

export function jobsWords(jobs: readonly { title: string }[]): string {
  if (jobs.length === 0) return 'on no job'
  const titles = jobs.slice(0, JOBS_NAMED).map((j) => j.title)
  const more = jobs.length - titles.length
  if (more > 0) return `in ${titles.join(', ')} and ${more} more`
  return titles.length === 1 ? `in ${titles[0]}` : `in ${titles.slice(0, -1).join(', ')} and ${titles[titles.length - 1]}`
}
