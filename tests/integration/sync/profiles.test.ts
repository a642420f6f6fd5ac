// Every export path against every sandbox profile: where TrackerRMS's documentation leaves a shape open, the sandbox
// has a profile for each plausible variant (electron/sandbox/profile.ts), and the export must come out right in all
// of them — the same TrackerRMS records, each created one with exactly one resume, every record on the job's list
// exactly once — including after an interruption between sending a create and recording it.
import { describe, expect, it } from 'vitest'
import { PROFILE_VARIANTS } from '../../../electron/sandbox/profile'
import { syncedCore } from '../../helpers/sync'

/** Profiles in which no Widget sign-in the app can make works (it never asks for passwords: W3). */
const NO_WIDGET = new Set(['widget-W3', 'widget-none'])
const PROFILES = ['default', ...Object.keys(PROFILE_VARIANTS)]

describe.each(PROFILES)('profile %s', (profile) => {
  const widget = !NO_WIDGET.has(profile)

  it(
    widget
      ? 'creates, links on each field, attaches one resume, lists once'
      : 'creates and links by name; resume and job list wait for the Widget API, nothing is paused',
    async () => {
      let interrupted = false
      const { core, sandbox, job, opportunity, addCandidate, sendAll } = await syncedCore({
        sandbox: { profile: profile === 'default' ? undefined : profile },
        widgetSecret: profile === 'widget-W1' || profile === 'widget-W2' ? 'oauth' : 'key',
        // The first create is answered by TrackerRMS, then the app "stops" before recording it (the step throws).
        sync: {
          atBoundary: (_item, boundary) => {
            if (boundary === 'create_sent' && !interrupted) {
              interrupted = true
              throw new Error('Simulated stop between sending the create and recording it')
            }
          }
        }
      })
      // Connect found a Widget sign-in that works here, or says clearly that none does.
      const learned = core.connection.info().profile
      expect(learned?.widget.style ?? null, JSON.stringify(learned?.widget.tried)).toEqual(widget ? expect.any(String) : null)
      if (!widget) expect(learned?.widget.tried.every((t) => t.widgetStatus === 1)).toBe(true)
      const known = {
        email: sandbox.controls.addResource({ firstName: 'Ann', surname: 'Lee', email: 'Ann.Lee@Example.com', city: 'Leeds' }),
        linkedin: sandbox.controls.addResource({ firstName: 'Robert', surname: 'Ng', linkedInUrl: 'http://uk.linkedin.com/in/Robert-Ng/?trk=x' }),
        name: sandbox.controls.addResource({ firstName: 'José', surname: 'García' })
      }
      sandbox.controls.addResource({ firstName: 'Steven', surname: 'Lu' })
      const people = [
        addCandidate({
          fullName: 'Łukasz Żółć',
          email: 'lukasz@example.pl',
          city: 'Kraków',
          state: 'Małopolskie',
          country: 'Poland',
          currentCompany: 'Szpital'
        }),
        addCandidate({ fullName: 'Steve Lu', email: 'steve@example.com' }),
        addCandidate({ fullName: '  JOSÉ   garcía ' }),
        ...(widget
          ? [
              addCandidate({ fullName: 'Annie Lee', email: 'ann.lee@EXAMPLE.com' }),
              addCandidate({ fullName: 'Bob Ng', linkedinUrl: 'linkedin.com/in/robert-ng' })
            ]
          : [])
      ]
      for (const c of people) core.outreach.recordStage({ jobId: job.id, candidateId: c.id, stage: 'replied' })
      const result = await sendAll()
      expect(result.state).toBe('idle')
      expect(interrupted).toBe(true)

      const records = sandbox.controls.resources()
      const created = records.filter((r) => r.source === 'Tracker Sync')
      expect(created.map((r) => `${r.firstName} ${r.surname}`).sort()).toEqual(['Steve Lu', 'Łukasz Żółć'])
      expect(created.find((r) => r.firstName === 'Łukasz')).toMatchObject({
        address: { town: 'Kraków', county: 'Małopolskie', country: 'Poland' },
        currentClient: { name: 'Szpital' }
      })
      const ledger = core.sync.ledger()
      expect(ledger.filter((l) => l.how === 'created')).toHaveLength(2)
      expect(ledger.find((l) => l.candidateId === people[2].id)).toMatchObject({ how: 'linked', trackerResourceId: known.name.id, matchedOn: 'name' })

      if (widget) {
        expect(ledger.find((l) => l.candidateId === people[3].id)).toMatchObject({ how: 'linked', trackerResourceId: known.email.id, matchedOn: 'email' })
        expect(ledger.find((l) => l.candidateId === people[4].id)).toMatchObject({ how: 'linked', trackerResourceId: known.linkedin.id, matchedOn: 'linkedin' })
        for (const r of created)
          expect(
            r.documents.map((d) => [d.documentType, d.primary]),
            r.firstName ?? ''
          ).toEqual([['resume', true]])
        for (const r of Object.values(known)) expect(sandbox.controls.resource(r.id)?.documents).toEqual([])
        const listed = sandbox.controls.applications().filter((a) => a.opportunityId === opportunity!.id)
        expect(listed.map((a) => a.resourceId).sort()).toEqual([...created.map((r) => r.id), known.email.id, known.linkedin.id, known.name.id].sort())
        expect(result.waiting).toBe(0)
        expect(core.sync.listQueue().map((q) => q.state)).toEqual(people.map(() => 'done'))
      } else {
        for (const r of created) expect(r.documents).toEqual([])
        expect(sandbox.controls.applications()).toEqual([])
        expect(core.sync.state().state).not.toBe('paused_auth')
        const waiting = core.sync.listQueue({ states: ['waiting'] })
        expect(waiting).toHaveLength(people.length)
        expect(waiting.find((q) => q.candidateId === people[0].id)?.lastError).toMatch(/^Created in TrackerRMS \(#\d+\) — resume not attached yet: /)
        expect(waiting.find((q) => q.candidateId === people[2].id)?.lastError).toMatch(/not on the list of job \d+ yet/)
      }
    }
  )
})
