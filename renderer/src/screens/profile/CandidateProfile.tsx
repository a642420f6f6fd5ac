import { useCall } from '../../api/hooks'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { PROFILE_SECTIONS } from './sections'

/**
 * The candidate's profile as a side panel over the review table. Its content is a list of sections (sections.tsx):
 * the near-miss warning, TrackerRMS (badge, link, Export to ATS), contact, details, jobs, history, resume.
 */
export function CandidateProfile({ candidateId, onClose, onExport }: { candidateId: number | null; onClose(): void; onExport(candidateId: number): void }) {
  const profile = useCall('candidates.get', { candidateId: candidateId ?? 0 }, { enabled: candidateId !== null })
  const data = candidateId !== null && profile.data?.candidate.id === candidateId ? profile.data : null
  const title = data?.candidate.fullName ?? (profile.isError ? 'Candidate not found' : 'Candidate')
  const headline = data ? [data.candidate.currentTitle, data.candidate.currentCompany].filter(Boolean).join(' at ') || 'No current role' : undefined
  return (
    <Dialog open={candidateId !== null} onOpenChange={(open) => !open && onClose()} title={title} description={headline} variant="side">
      <div className="profile">
        {profile.isError && <ErrorMessage>{profile.error.message}</ErrorMessage>}
        {!data && !profile.isError && <p className="muted">Loading…</p>}
        {data &&
          PROFILE_SECTIONS.filter((section) => section.when?.(data) ?? true).map((section) => (
            <section
              key={section.id}
              className={`profile-section profile-${section.id}`}
              aria-labelledby={section.title ? `profile-${section.id}-title` : undefined}
            >
              {section.title && (
                <h3 id={`profile-${section.id}-title`} className="profile-section-title">
                  {section.title}
                </h3>
              )}
              {section.render(data, { exportToAts: () => onExport(data.candidate.id) })}
            </section>
          ))}
      </div>
    </Dialog>
  )
}
