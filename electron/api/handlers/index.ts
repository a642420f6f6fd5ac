// One handler per call of shared/api's contract. The Handlers type makes a missing or extra entry a compile error.
import type { Handlers } from '../types'
import { candidatesAddToJob, candidatesCreate, candidatesFindByName, candidatesGet, candidatesReview, candidatesReviewIds } from './candidates'
import { connectionConnect, connectionDisconnect, connectionGet, connectionHealth, connectionReport, connectionTryDemo, trackerLookupJob } from './connection'
import { csvApply, csvDeleteMapping, csvExport, csvImports, csvInspect, csvMappings, csvPreview, csvTemplate, csvUndoLast } from './csv'
import { filesDiscard, filesRead, filesSaveAs, filesUploadChunk, filesUploadFinish, filesUploadStart } from './files'
import { jobsCreate, jobsGet, jobsList, jobsSetSync } from './jobs'
import { resumeRender } from './resume'
import { settingsGet, settingsSet } from './settings'
import { stagesRecord, stagesUndo } from './stages'
import { statusGet } from './status'
import {
  syncBackfillConfirm,
  syncReadIndex,
  syncTwins,
  syncBackfillPreview,
  syncCancel,
  syncDecide,
  syncExport,
  syncHistory,
  syncLedger,
  syncPreviewExport,
  syncQueue,
  syncQueueItems,
  syncRetry,
  syncTryNow,
  syncState
} from './sync'

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
  'candidates.addToJob': candidatesAddToJob,
  'candidates.findByName': candidatesFindByName,
  'stages.record': stagesRecord,
  'stages.undo': stagesUndo,
  'connection.get': connectionGet,
  'connection.connect': connectionConnect,
  'connection.disconnect': connectionDisconnect,
  'connection.health': connectionHealth,
  'connection.tryDemo': connectionTryDemo,
  'connection.report': connectionReport,
  'tracker.lookupJob': trackerLookupJob,
  'sync.state': syncState,
  'sync.queue': syncQueue,
  'sync.queueItems': syncQueueItems,
  'sync.retry': syncRetry,
  'sync.tryNow': syncTryNow,
  'sync.cancel': syncCancel,
  'sync.decide': syncDecide,
  'sync.ledger': syncLedger,
  'sync.history': syncHistory,
  'sync.previewExport': syncPreviewExport,
  'sync.export': syncExport,
  'sync.backfillPreview': syncBackfillPreview,
  'sync.backfillConfirm': syncBackfillConfirm,
  'sync.readIndex': syncReadIndex,
  'sync.twins': syncTwins,
  'resume.render': resumeRender,
  'files.uploadStart': filesUploadStart,
  'files.uploadChunk': filesUploadChunk,
  'files.uploadFinish': filesUploadFinish,
  'files.read': filesRead,
  'files.saveAs': filesSaveAs,
  'files.discard': filesDiscard,
  'csv.inspect': csvInspect,
  'csv.preview': csvPreview,
  'csv.apply': csvApply,
  'csv.undoLast': csvUndoLast,
  'csv.imports': csvImports,
  'csv.mappings': csvMappings,
  'csv.deleteMapping': csvDeleteMapping,
  'csv.template': csvTemplate,
  'csv.export': csvExport
}
