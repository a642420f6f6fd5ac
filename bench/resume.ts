// Resume PDF rendering time against a minimal one-line react-pdf document, both rendered in this process. Two more
// figures say where the gap comes from: the same one line in the embedded resume font (the floor of any resume), and
// our layout in Helvetica (the layout without the embedded font).
import { createElement as h } from 'react'
import type { CandidateFields } from '../shared/domain'
import { resumeContent } from '../electron/resume/content'
import { resumeDocument } from '../electron/resume/document'
import { renderResumePdf, renderWithResumeFont } from '../electron/resume/render'
import { stats, type BenchLine } from './types'
import { runStandalone, timed } from './util'

const BENCH_CANDIDATE: CandidateFields = {
  firstName: 'Łukasz',
  lastName: 'Żółć',
  fullName: 'Łukasz Żółć',
  email: 'lukasz.zolc@example.pl',
  phone: '+48 600 100 200',
  linkedinUrl: 'https://pl.linkedin.com/in/lukasz-zolc',
  city: 'Kraków',
  state: 'Małopolska',
  country: 'Poland',
  currentTitle: 'Senior ICU Nurse',
  currentCompany: 'Szpital Uniwersytecki',
  summary: 'Intensive-care nurse with twelve years in adult critical care.\n\nLeads a team of eight and trains new staff.',
  experience: '2019–now: Senior ICU Nurse, Szpital Uniwersytecki, Kraków\n2012–2019: Staff Nurse, Szpital Miejski, Tarnów',
  education: 'MSc Nursing, Jagiellonian University (2012)',
  skills: 'Critical care, Ventilation, ECMO, Team leadership, Polish, English',
  notes: null
}

/** Rounded for the table and results.json. */
const ms = (value: number) => Math.round(value * 100) / 100

export async function benchResume(options: { renders: number; runs: number }): Promise<BenchLine> {
  const pdf = await import('@react-pdf/renderer')
  const content = () => resumeContent(BENCH_CANDIDATE, new Date())
  // The baseline: one line in the built-in Helvetica, nothing embedded.
  const oneLine = () => pdf.renderToBuffer(h(pdf.Document, null, h(pdf.Page, null, h(pdf.Text, null, 'Hello'))) as Parameters<typeof pdf.renderToBuffer>[0])
  // The floor of any resume: one line in the same embedded DejaVu Sans (a font subset is built and compressed).
  const oneLineEmbedded = () => renderWithResumeFont((p, fontFamily) => h(p.Document, null, h(p.Page, { style: { fontFamily } }, h(p.Text, null, 'Hello'))))
  // Our layout without the embedded font: what the layout costs apart from shaping and embedding DejaVu Sans.
  const resumeInHelvetica = () => renderWithResumeFont((p) => resumeDocument(p, content(), 'Helvetica'))
  const resume = () => renderResumePdf(BENCH_CANDIDATE, { generatedAt: new Date() })
  const kinds = [oneLine, oneLineEmbedded, resumeInHelvetica, resume]
  for (let i = 0; i < 5; i++) for (const render of kinds) await render() // warm up all (fonts, JIT)
  const times = kinds.map((): number[] => [])
  // Interleaved, so that load from other processes falls on every kind alike.
  for (let run = 0; run < options.runs; run++)
    for (let i = 0; i < options.renders; i++) for (const [k, render] of kinds.entries()) times[k].push((await timed(render)).ms)
  const [baseline, floor, helvetica, figure] = times.map(stats)
  const ratio = figure.median / baseline.median
  return {
    what: 'Resume PDF (full profile, embedded DejaVu Sans)',
    figure,
    unit: 'ms per render',
    baseline: { what: 'a one-line react-pdf document', ...baseline },
    ratio,
    target: 'median ≤ 25 ms and ≤ 3× baseline',
    pass: figure.median <= 25 && ratio <= 3,
    extra: {
      'one line in embedded DejaVu Sans, median ms (the floor)': ms(floor.median),
      'one line in embedded DejaVu Sans, min / max ms': `${ms(floor.min)} / ${ms(floor.max)}`,
      'floor ÷ baseline': ms(floor.median / baseline.median),
      'our resume in Helvetica (nothing embedded), median ms': ms(helvetica.median),
      'our resume in Helvetica, min / max ms': `${ms(helvetica.min)} / ${ms(helvetica.max)}`
    }
  }
}

runStandalone(() => benchResume({ renders: 20, runs: 3 }), 'bench/resume.ts')
