import type { Handler } from '../types'

export const candidatesReview: Handler<'candidates.review'> = (core, { offset, limit, ...filter }) => core.candidates.review(filter, offset, limit)

export const candidatesReviewIds: Handler<'candidates.reviewIds'> = (core, { offset, limit, ...filter }) => core.candidates.reviewIds(filter, offset, limit)

export const candidatesGet: Handler<'candidates.get'> = (core, { candidateId }) => core.candidates.profile(candidateId)

export const candidatesCreate: Handler<'candidates.create'> = (core, input) => core.candidates.create(input)

export const candidatesAddToJob: Handler<'candidates.addToJob'> = (core, input) => core.candidates.addToJob(input)

export const candidatesFindByName: Handler<'candidates.findByName'> = (core, { fullName }) => core.candidates.findByName(fullName)
