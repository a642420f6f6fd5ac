// The Widget side of the sandbox in its default profile (W4/W5 only): the documented envelope and blocks (reference
// §3, §4, §7) work, and the old guessed shapes get status 99 with HTTP 200.
import { describe, expect, it } from 'vitest'
import { jwtFor, keyAndUser, widget, widgetRaw, testSandbox } from './http'

const PDF = Buffer.from('%PDF-1.7 résumé').toString('base64')

describe('Widget authentication in the default profile (§3)', () => {
  it('accepts W4 and W5; refuses the REST token and a JWT (W6) with status 1; no auth at all is HTTP 401', async () => {
    const sb = await testSandbox()
    const details = { email: 'nobody@x.com' }
    expect(await widget(sb, 'checkPerson', { credentials: keyAndUser(sb), details })).toMatchObject({ http: 200, body: { status: 0 } })
    expect(await widget(sb, 'checkPerson', { credentials: { apikey: sb.widgetKey }, details })).toMatchObject({ http: 200, body: { status: 0 } })
    const asBearer = await widget(sb, 'checkPerson', { details }, { Authorization: `Bearer ${sb.token}` })
    expect(asBearer).toEqual({ http: 200, body: { status: 1, message: 'User not found', count: 0 } })
    expect((await widget(sb, 'checkPerson', { details }, { Authorization: `Bearer ${await jwtFor(sb)}` })).body.status).toBe(1)
    expect((await widget(sb, 'checkPerson', { credentials: { username: sb.loginEmail, apikey: sb.token }, details })).body.status).toBe(1)
    expect((await widget(sb, 'checkPerson', { credentials: { username: sb.loginEmail, password: sb.userPassword }, details })).body.status).toBe(1)
    expect(await widget(sb, 'checkPerson', { details })).toMatchObject({ http: 401 })
    const log = sb.controls.requestLog().filter((e) => e.api === 'widget')
    expect(log.map((e) => [e.widgetAuth, e.widgetStatus])).toEqual([
      ['W4', 0],
      ['W5', 0],
      ['W6', 1],
      ['W6', 1],
      ['W6', 1],
      ['W3', 1],
      [undefined, undefined]
    ])
    expect(JSON.stringify(log)).not.toContain(sb.widgetKey as string)
  })

  it('answers 1 for an unknown user, 2 for an inactive one, 1 for a revoked or rotated key, and 99 for two methods at once', async () => {
    const sb = await testSandbox({ users: [{ email: 'owner@example.com' }, { email: 'gone@example.com', active: false }] })
    const details = { email: 'nobody@x.com' }
    expect((await widget(sb, 'checkPerson', { credentials: { username: 'who@example.com', apikey: sb.widgetKey }, details })).body).toEqual({
      status: 1,
      message: 'User not found',
      count: 0
    })
    expect((await widget(sb, 'checkPerson', { credentials: { username: 'GONE@example.com', apikey: sb.widgetKey }, details })).body).toEqual({
      status: 2,
      message: 'User not active',
      count: 0
    })
    const mixed = await widget(sb, 'checkPerson', { credentials: keyAndUser(sb), details }, { Authorization: `Bearer ${sb.oauthToken}` })
    expect(mixed.body).toMatchObject({ status: 99, message: expect.stringMatching(/only one authentication method/) })
    expect((await widget(sb, 'checkPerson', { credentials: { ...keyAndUser(sb), password: sb.userPassword }, details })).body.status).toBe(99)
    expect(
      (await widget(sb, 'checkPerson', { credentials: { username: sb.loginEmail }, details }, { Authorization: `Bearer ${sb.oauthToken}` })).body.status
    ).toBe(99)
    expect(sb.controls.requestLog().at(-1)).toMatchObject({ widgetAuth: 'mixed', widgetStatus: 99 })
    const old = sb.widgetKey as string
    const next = sb.controls.rotateWidgetKey()
    expect(next).toMatch(/^[0-9a-f]{32}$/)
    expect((await widget(sb, 'checkPerson', { credentials: { apikey: old }, details })).body.status).toBe(1)
    expect(sb.controls.requestLog().at(-1)).toMatchObject({ widgetAuth: 'rejected', widgetStatus: 1 })
    expect((await widget(sb, 'checkPerson', { credentials: { apikey: next }, details })).body.status).toBe(0)
    sb.controls.revokeWidgetKey()
    expect(sb.widgetKey).toBeNull()
    expect((await widget(sb, 'checkPerson', { credentials: { apikey: next }, details })).body.status).toBe(1)
  })

  it('checks the envelope first (99), then auth, then the blocks', async () => {
    const sb = await testSandbox()
    const noEnvelope = await widgetRaw(sb, 'checkPerson', { checkPerson: { credentials: keyAndUser(sb), details: { email: 'a@x.com' } } })
    expect(noEnvelope).toMatchObject({ http: 200, body: { status: 99 } })
    // Wrong blocks with a refused credential: the credential is judged first.
    expect((await widget(sb, 'checkPerson', { credentials: { apikey: 'nope' }, instructions: { email: 'a@x.com' } })).body.status).toBe(1)
    expect((await widget(sb, 'checkPerson', { credentials: { apiKey: sb.widgetKey }, details: { email: 'a@x.com' } })).body.status).toBe(99)
    expect((await fetch(`${sb.widgetUrl}/api/widget/createSomething`, { method: 'POST', body: '{}' })).status).toBe(404)
    // The Widget lives only under the Widget URL.
    expect((await fetch(`${sb.restUrl}/api/widget/checkPerson`, { method: 'POST', body: '{}' })).status).toBe(404)
  })
})

describe('checkPerson (§4.10)', () => {
  it('refuses the guessed `instructions` block and unknown detail fields with 99', async () => {
    const sb = await testSandbox()
    const credentials = keyAndUser(sb)
    expect((await widget(sb, 'checkPerson', { credentials, instructions: { email: 'a@x.com' } })).body).toMatchObject({
      status: 99,
      message: expect.stringMatching(/instructions/)
    })
    expect((await widget(sb, 'checkPerson', { credentials, details: { email: 'a@x.com' }, instructions: {} })).body.status).toBe(99)
    expect((await widget(sb, 'checkPerson', { credentials, details: { name: 'Ann Lee' } })).body).toMatchObject({
      status: 99,
      message: expect.stringMatching(/details\.name/)
    })
    expect((await widget(sb, 'checkPerson', { credentials, details: {} })).body.status).toBe(99)
  })

  it('answers recordLink (no id), recordTypes and firstRecord; count stays 0; matches email, LinkedIn forms and phone digits', async () => {
    const sb = await testSandbox()
    const credentials = keyAndUser(sb)
    sb.controls.addResource({
      firstName: 'Ann',
      surname: 'Lee',
      email: 'Ann@X.com',
      jobTitle: 'Nurse',
      company: 'Acme',
      mobilePhone: '+44 7700 900123',
      linkedInUrl: 'https://uk.linkedin.com/in/Ann-Lee/?trk=x'
    })
    const byEmail = await widget(sb, 'checkPerson', { credentials, details: { email: 'ann@x.com' } })
    expect(byEmail).toEqual({
      http: 200,
      body: {
        status: 0,
        message: expect.any(String),
        count: 0,
        recordLink: `${sb.webHost}/Main/Default.aspx`,
        recordTypes: 'R',
        firstRecord: {
          fullname: 'Ann Lee',
          jobtitle: 'Nurse',
          company: 'Acme',
          phone: '',
          cell: '+44 7700 900123',
          email: 'Ann@X.com',
          linkedin: 'https://uk.linkedin.com/in/Ann-Lee/?trk=x'
        }
      }
    })
    expect(byEmail.body.recordLink).not.toMatch(/\d+$|Resource\/View/)
    expect((await widget(sb, 'checkPerson', { credentials, details: { linkedin: 'linkedin.com/in/ann-lee#about' } })).body.recordTypes).toBe('R')
    expect((await widget(sb, 'checkPerson', { credentials, details: { phone: '(44) 7700-900-123' } })).body.recordTypes).toBe('R')
    const none = await widget(sb, 'checkPerson', { credentials, details: { email: 'nobody@x.com' } })
    expect(none.body).toMatchObject({
      status: 0,
      count: 0,
      recordTypes: '',
      firstRecord: { fullname: '', jobtitle: '', company: '', phone: '', cell: '', email: '', linkedin: '' }
    })
    const user = await widget(sb, 'checkPerson', { credentials, details: { email: 'OWNER@example.com' } })
    expect(user.body).toMatchObject({ recordTypes: 'U', firstRecord: { fullname: 'Test Owner', email: 'owner@example.com' } })
    sb.controls.addResource({ firstName: 'Own', surname: 'Er', email: 'owner@example.com' })
    expect((await widget(sb, 'checkPerson', { credentials, details: { email: 'owner@example.com' } })).body).toMatchObject({
      recordTypes: 'RU',
      firstRecord: { fullname: 'Own Er' }
    })
  })
})

describe('attachDocument (§4.11)', () => {
  it('stores a document given in the `file` block; a later primary clears the earlier one', async () => {
    const sb = await testSandbox()
    const credentials = keyAndUser(sb)
    const { id } = sb.controls.addResource({ firstName: 'Ann', surname: 'Lee' })
    const file = { filename: 'cv.pdf', recordType: 'R', recordId: String(id), documentType: 'resume', primary: 'y', data: PDF }
    expect((await widget(sb, 'attachDocument', { credentials, file })).body).toEqual({ status: 0, message: 'Document attached', count: 1 })
    expect((await widget(sb, 'attachDocument', { credentials, file: { ...file, recordId: id, filename: 'cv2.docx' } })).body.status).toBe(0)
    const docs = sb.controls.resource(id)!.documents
    expect(docs.map((d) => [d.filename, d.documentType, d.primary])).toEqual([
      ['cv.pdf', 'resume', false],
      ['cv2.docx', 'resume', true]
    ])
    expect(Buffer.from(docs[0].data, 'base64').toString()).toBe('%PDF-1.7 résumé')
    expect(docs[0].size).toBe(Buffer.from('%PDF-1.7 résumé').byteLength)
    const jwt = await jwtFor(sb)
    const listed = (await (await fetch(`${sb.restUrl}/api/v1/Resource/${id}/Documents`, { headers: { Authorization: `Bearer ${jwt}` } })).json()) as any[]
    expect(listed).toEqual([
      { documentId: docs[0].id, filename: 'cv.pdf', documentType: 'resume', isPrimary: false, dateCreated: expect.any(String) },
      { documentId: docs[1].id, filename: 'cv2.docx', documentType: 'resume', isPrimary: true, dateCreated: expect.any(String) }
    ])
  })

  it('refuses the guessed shapes with 99: fields in `instructions`, "Resume", a missing field, a bad id or base64', async () => {
    const sb = await testSandbox()
    const credentials = keyAndUser(sb)
    const { id } = sb.controls.addResource({ firstName: 'Ann', surname: 'Lee' })
    const file = { filename: 'cv.pdf', recordType: 'R', recordId: id, documentType: 'resume', primary: 'y', data: PDF }
    const answers = [
      await widget(sb, 'attachDocument', {
        credentials,
        instructions: { recordType: 'R', recordId: id, documentType: 'resume', primary: 'y' },
        file: { filename: 'cv.pdf', data: PDF }
      }),
      await widget(sb, 'attachDocument', { credentials, instructions: {}, file }),
      await widget(sb, 'attachDocument', { credentials, file: { ...file, documentType: 'Resume' } }),
      await widget(sb, 'attachDocument', { credentials, file: { ...file, primary: undefined } }),
      await widget(sb, 'attachDocument', { credentials, file: { ...file, primary: 'Y' } }),
      await widget(sb, 'attachDocument', { credentials, file: { ...file, recordType: 'resource' } }),
      await widget(sb, 'attachDocument', { credentials, file: { ...file, recordId: 'R-1' } }),
      await widget(sb, 'attachDocument', { credentials, file: { ...file, recordId: 999999 } }),
      await widget(sb, 'attachDocument', { credentials, file: { ...file, filename: 'cv' } }),
      await widget(sb, 'attachDocument', { credentials, file: { ...file, data: 'not base64!' } })
    ]
    expect(answers.map((a) => a.body.status)).toEqual(Array(answers.length).fill(99))
    expect(answers[2].body.message).toMatch(/lower case.*"Resume"/)
    expect(answers[3].body.message).toMatch(/file\.primary is missing/)
    expect(sb.controls.resource(id)!.documents).toEqual([])
  })
})

describe('resourceApplication (§4.12)', () => {
  it('creates a list entry (ids as strings or numbers), answers 3 when repeated, and refuses bad instructions with 99', async () => {
    const sb = await testSandbox()
    const credentials = keyAndUser(sb)
    const job = sb.controls.addOpportunity({ name: 'Nurse' })
    const { id } = sb.controls.addResource({ firstName: 'Ann', surname: 'Lee' })
    const instructions = { opportunityid: String(job.id), resourceid: String(id), assigntolist: 'long', shortlistedby: 'user', source: 'Tracker Sync' }
    expect((await widget(sb, 'resourceApplication', { credentials, instructions })).body).toEqual({ status: 0, message: 'Application created', count: 1 })
    expect((await widget(sb, 'resourceApplication', { credentials, instructions: { ...instructions, opportunityid: job.id, resourceid: id } })).body).toEqual({
      status: 3,
      message: 'Record exists and cannot be overwritten',
      count: 0
    })
    expect(sb.controls.resource(id)!.jobLists).toEqual([
      {
        opportunityResourceId: expect.any(Number),
        opportunityId: job.id,
        list: 'long',
        shortlistedBy: 'user',
        source: 'Tracker Sync',
        addedAt: expect.any(String)
      }
    ])
    const other = sb.controls.addOpportunity({ name: 'Welder' })
    expect(
      (
        await widget(sb, 'resourceApplication', {
          credentials,
          instructions: { ...instructions, opportunityid: other.id, assigntolist: 'short', shortlistedby: 'resource' }
        })
      ).body.status
    ).toBe(0)
    expect(sb.controls.applications().map((a) => a.status)).toEqual(['Long List', 'Applied'])
    const bad = [
      { ...instructions, assigntolist: 'Long' },
      { ...instructions, shortlistedby: 'recruiter' },
      { ...instructions, opportunityid: 'JOB-5001' },
      { ...instructions, resourceid: 999999 },
      { ...instructions, listid: 1 }
    ]
    for (const wrong of bad) expect((await widget(sb, 'resourceApplication', { credentials, instructions: wrong })).body.status).toBe(99)
    expect((await widget(sb, 'resourceApplication', { credentials, application: instructions })).body.status).toBe(99)
  })
})

describe('getRecords and checkLogon', () => {
  it('getRecords R is not available outside the L3 profile; jobs (O) answer as the lesson sample', async () => {
    const sb = await testSandbox({ seed: 'demo' })
    const credentials = keyAndUser(sb)
    const instructions = {
      recordtype: 'R',
      recordid: 0,
      state: '',
      searchtext: '',
      onlymyrecords: false,
      numrecords: 100,
      pagenum: 0,
      sortfield: 'lastupdateddatetime',
      sortdir: 'asc',
      updatedafter: '',
      includecustomfields: false
    }
    expect((await widget(sb, 'getRecords', { credentials, instructions })).body).toEqual({
      status: 99,
      message: 'Invalid request: recordtype R is not available',
      count: 0
    })
    const jobs = await widget(sb, 'getRecords', { credentials, instructions: { ...instructions, recordtype: 'O' } })
    expect(jobs.body).toMatchObject({ status: 0, count: 12 })
    expect(jobs.body.results[0]).toEqual({
      id: expect.any(Number),
      name: expect.any(String),
      company: expect.any(String),
      status: expect.any(String),
      dateopened: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      details: []
    })
  })

  it('checkLogon answers 0 with credentials only, and 99 with any block', async () => {
    const sb = await testSandbox()
    expect((await widget(sb, 'checkLogon', { credentials: keyAndUser(sb) })).body).toEqual({ status: 0, message: 'Logon OK', count: 0 })
    expect((await widget(sb, 'checkLogon', { credentials: keyAndUser(sb), instructions: {} })).body.status).toBe(99)
  })
})
