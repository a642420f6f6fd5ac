// The profile's sections, in order. Each decides whether it shows and what; adding one is one entry here.
import { Briefcase, Building2, Link2, Mail, MapPin, Phone, UserRound } from 'lucide-react'
import type { ReactNode } from 'react'
import type { CandidateProfile } from '../../../../shared/api/candidates'
import { CANDIDATE_FIELD_LABELS } from '../../../../shared/candidate-fields'
import { candidatesHref } from '../../app/router'
import { StageBadge } from '../../components/badges'
import { DuplicateSection } from './DuplicateSection'
import { formatTime } from './format'
import { HistorySection } from './HistorySection'
import { ResumeSection } from './ResumeSection'
import { SyncSection } from './SyncSection'

/** What a section may do beyond showing the profile. */
interface ProfileActions {
  exportToAts(): void
}

export interface ProfileSection {
  id: string
  title?: string
  when?(profile: CandidateProfile): boolean
  render(profile: CandidateProfile, actions: ProfileActions): ReactNode
}

const LONG_TEXT = ['summary', 'experience', 'education', 'skills', 'notes'] as const

export const PROFILE_SECTIONS: ProfileSection[] = [
  // A twin in TrackerRMS (two records of this person) or a near miss an export found; twins set the warning too.
  { id: 'duplicate', when: ({ candidate }) => !!candidate.duplicateWarning, render: ({ candidate }) => <DuplicateSection candidate={candidate} /> },
  { id: 'sync', title: 'TrackerRMS', render: (profile, actions) => <SyncSection profile={profile} onExport={actions.exportToAts} /> },
  {
    id: 'contact',
    title: 'Contact',
    render: ({ candidate: c }) => (
      <dl className="facts">
        <Fact icon={<Mail />} label={CANDIDATE_FIELD_LABELS.email} value={c.email} />
        <Fact icon={<Phone />} label={CANDIDATE_FIELD_LABELS.phone} value={c.phone} />
        <Fact icon={<Link2 />} label={CANDIDATE_FIELD_LABELS.linkedinUrl} value={c.linkedinUrl} />
      </dl>
    )
  },
  {
    id: 'details',
    title: 'Details',
    render: ({ candidate: c }) => (
      <dl className="facts">
        <Fact icon={<UserRound />} label={CANDIDATE_FIELD_LABELS.fullName} value={c.fullName} />
        <Fact label={CANDIDATE_FIELD_LABELS.firstName} value={c.firstName} />
        <Fact label={CANDIDATE_FIELD_LABELS.lastName} value={c.lastName} />
        <Fact icon={<Briefcase />} label={CANDIDATE_FIELD_LABELS.currentTitle} value={c.currentTitle} />
        <Fact icon={<Building2 />} label={CANDIDATE_FIELD_LABELS.currentCompany} value={c.currentCompany} />
        <Fact icon={<MapPin />} label={CANDIDATE_FIELD_LABELS.city} value={c.city} />
        <Fact label={CANDIDATE_FIELD_LABELS.state} value={c.state} />
        <Fact label={CANDIDATE_FIELD_LABELS.country} value={c.country} />
      </dl>
    )
  },
  {
    id: 'jobs',
    title: 'Jobs',
    render: ({ jobs, candidate }) =>
      jobs.length === 0 ? (
        <p className="muted">Not on any job.</p>
      ) : (
        <ul className="profile-jobs">
          {jobs.map((job) => (
            <li key={job.jobId}>
              <div className="profile-job-text">
                <a href={candidatesHref({ job: job.jobId, candidate: candidate.id })}>{job.jobTitle}</a>
                <span className="muted profile-job-time">
                  {job.company ? `${job.company} · ` : ''}since {formatTime(job.stageChangedAt)}
                </span>
              </div>
              <StageBadge stage={job.stage} />
            </li>
          ))}
        </ul>
      )
  },
  ...LONG_TEXT.map((field): ProfileSection => ({
    id: field,
    title: CANDIDATE_FIELD_LABELS[field],
    when: ({ candidate }) => !!candidate[field],
    render: ({ candidate }) => <p className="long-text">{candidate[field]}</p>
  })),
  { id: 'history', title: 'Sync history', render: ({ candidate }) => <HistorySection candidateId={candidate.id} /> },
  { id: 'resume', title: 'Resume PDF', render: ({ candidate }) => <ResumeSection candidateId={candidate.id} name={candidate.fullName} /> },
  {
    id: 'meta',
    render: ({ candidate }) => (
      <p className="muted profile-meta">
        Added {formatTime(candidate.createdAt)} · updated {formatTime(candidate.updatedAt)} · id {candidate.id}
      </p>
    )
  }
]

function Fact({ icon, label, value }: { icon?: ReactNode; label: string; value: string | null }) {
  return (
    <div className="fact">
      <dt>
        <span className="fact-icon" aria-hidden="true">
          {icon}
        </span>
        {label}
      </dt>
      <dd>{value ?? <span className="muted">—</span>}</dd>
    </div>
  )
}
