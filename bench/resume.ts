// Resume PDF rendering time against a minimal one-line react-pdf document, both rendered in this process.
import { createElement as h } from 'react'
import type { CandidateFields } from '../shared/domain'
import { renderResumePdf } from '../electron/resume/render'
import { stats, type BenchLine } from './types'
import { runStandalone, timed } from './util'

export const BENCH_CANDIDATE: CandidateFields = {
  firstName: 'Łukasz', lastName: 'Żółć', fullName: 'Łukasz Żółć', email: 'lukasz.zolc@example.pl', phone: '+48 600 100 200',
  linkedinUrl: 'https://pl.linkedin.com/in/lukasz-zolc', city: 'Kraków', state: 'Małopolska', country: 'Poland',
  currentTitle: 'Senior ICU Nurse', currentCompany: 'Szpital Uniwersytecki',
  summary: 'Intensive-care nurse with twelve years in adult critical care.\n\nLeads a team of eight and trains new staff.',
  experience: '2019–now: Senior ICU Nurse, Szpital Uniwersytecki, Kraków\n2012–2019: Staff Nurse, Szpital Miejski, Tarnów',
  education: 'MSc Nursing, Jagiellonian University (2012)',
  skills: 'Critical care, Ventilation, ECMO, Team leadership, Polish, English', notes: null
}

export async function benchResume(options: { renders: number; runs: number }): Promise<BenchLine> {
  const pdf = await import('@react-pdf/renderer')
  const oneLine = () => pdf.renderToBuffer(h(pdf.Document, null, h(pdf.Page, null, h(pdf.Text, null, 'Hello'))) as Parameters<typeof pdf.renderToBuffer>[0])
  const resume = () => renderResumePdf(BENCH_CANDIDATE, { generatedAt: new Date() })
  for (let i = 0; i < 5; i++) (await oneLine(), await resume()) // warm up both (fonts, JIT)
  const ours: number[] = []
  const base: number[] = []
  for (let run = 0; run < options.runs; run++)
    for (let i = 0; i < options.renders; i++) {
      base.push((await timed(oneLine)).ms)
      ours.push((await timed(resume)).ms)
    }
  const figure = stats(ours)
  const baseline = stats(base)
  const ratio = figure.median / baseline.median
  return {
    what: 'Resume PDF (full profile, embedded DejaVu Sans)',
    figure,
    unit: 'ms per render',
    baseline: { what: 'a one-line react-pdf document', ...baseline },
    ratio,
    target: 'median ≤ 25 ms and ≤ 3× baseline',
    pass: figure.median <= 25 && ratio <= 3
  }
}

runStandalone(() => benchResume({ renders: 20, runs: 3 }), 'bench/resume.ts')
