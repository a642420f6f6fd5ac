// How a doubtful match is worded, the same in the app, the CLI and the queue's messages.
import type { ContactField } from './domain'

const FIELD_WORDS: Record<ContactField, string> = { email: 'email', linkedin: 'LinkedIn URL' }

/** "another email", "another email and LinkedIn URL". */
export const differsWords = (differs: readonly ContactField[]): string => `another ${differs.map((f) => FIELD_WORDS[f]).join(' and ')}`
