// The review table's options and limits, zod-free so the renderer can import them without the schema library.

export const REVIEW_SORTS = ['newest', 'oldest', 'name', 'name_desc'] as const
export type ReviewSort = (typeof REVIEW_SORTS)[number]

/** Most rows one page may ask for, and most ids one selection request may ask for. */
export const REVIEW_PAGE_MAX = 500
export const REVIEW_IDS_MAX = 10_000
