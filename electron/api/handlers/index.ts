// One handler per call of shared/api's contract. The Handlers type makes a missing or extra entry a compile error.
import type { Handlers } from '../types'
import { candidatesCreate, candidatesGet, candidatesReview, candidatesReviewIds } from './candidates'
import { jobsCreate, jobsGet, jobsList, jobsSetSync } from './jobs'
import { settingsGet, settingsSet } from './settings'
import { stagesRecord } from './stages'
import { statusGet } from './status'

export const HANDLERS: Handlers = {
  'status.get': statusGet,
  'settings.get': settingsGet,
  'settings.set': settingsSet,
  'jobs.list': jobsList,
  'jobs.get': jobsGet,
  'jobs.create': jobsCreate,
  'jobs.setSync': jobsSetSync,
  'candidates.review': candidatesReview,
  'candidates.reviewIds': candidatesReviewIds,
  'candidates.get': candidatesGet,
  'candidates.create': candidatesCreate,
  'stages.record': stagesRecord
}
