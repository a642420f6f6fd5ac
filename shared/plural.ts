// "1 attempt", "3 attempts", "1,204 candidates": a count with its noun, for messages and labels.

/** The count (grouped by thousands) and the noun, with an "s" unless the count is exactly 1 (or the given plural). */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? noun : pluralNoun}`
}
