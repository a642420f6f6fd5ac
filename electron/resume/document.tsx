/** @jsxRuntime automatic */
/** @jsxImportSource react */
// (The pragmas above: tsx reads no jsx setting from the root tsconfig, so the automatic runtime is named here.)
// The resume's layout (A4). Receives react-pdf as an argument because the library is ESM-only and is loaded with a
// dynamic import (see render.ts).
import { Fragment, type ReactElement } from 'react'
import type { ResumeBlock, ResumeContent } from './content'

type ReactPdf = typeof import('@react-pdf/renderer')

const INK = '#1f2933'
const MUTED = '#52606d'
const ACCENT = '#1f5f7a'
const RULE = '#cbd5dd'
const CHIP = '#eef3f6'

// Every text style names its own fontSize: react-pdf turns a unitless lineHeight into points with the style's own
// fontSize and falls back to 18 when the size is only inherited, which spaced lines far apart.
const BODY = { fontSize: 10, lineHeight: 1.45 }

/**
 * The styles, built once per font family rather than per document. Each View costs a layout node, a style pass and a
 * render pass (about 0.1 ms), so the layout uses as few as the look allows: a contact detail is one Text (label and
 * value are runs on a shared baseline, the gap two no-break spaces of the label), a paragraph of plain lines is one
 * Text, the footer is a Text carrying its own rule.
 */
function styles(fontFamily: string) {
  return {
    page: { fontFamily, fontSize: 10, color: INK, paddingTop: 46, paddingBottom: 64, paddingHorizontal: 54 },
    accentBar: { position: 'absolute', top: 0, left: 0, right: 0, height: 6, backgroundColor: ACCENT },
    name: { fontSize: 24, lineHeight: 1.2, fontWeight: 'bold', color: INK },
    headline: { fontSize: 12.5, lineHeight: 1.3, color: ACCENT, marginTop: 3 },
    contact: { flexDirection: 'row', flexWrap: 'wrap', marginTop: 10 },
    contactItem: { fontSize: 9.5, lineHeight: 1.3, color: INK, marginRight: 18, marginTop: 3 },
    contactLabel: { fontSize: 7, fontWeight: 'bold', color: MUTED, textTransform: 'uppercase', letterSpacing: 0.6 },
    link: { color: ACCENT, textDecoration: 'none' },
    headerRule: { borderBottomWidth: 1, borderBottomColor: RULE, marginTop: 14 },
    sectionTitle: {
      marginTop: 16,
      fontSize: 10,
      lineHeight: 1.3,
      fontWeight: 'bold',
      color: ACCENT,
      textTransform: 'uppercase',
      letterSpacing: 1.2,
      paddingBottom: 3,
      marginBottom: 7,
      borderBottomWidth: 0.75,
      borderBottomColor: RULE
    },
    paragraph: { marginBottom: 7 },
    lines: { ...BODY, marginBottom: 7 },
    text: { ...BODY },
    bulletRow: { flexDirection: 'row', marginTop: 1.5 },
    bulletMark: { ...BODY, width: 12, color: ACCENT },
    bulletText: { ...BODY, flex: 1 },
    skills: { flexDirection: 'row', flexWrap: 'wrap' },
    skill: {
      fontSize: 9,
      lineHeight: 1.3,
      backgroundColor: CHIP,
      borderRadius: 3,
      paddingVertical: 2.5,
      paddingHorizontal: 7,
      marginRight: 5,
      marginBottom: 5
    },
    // react-pdf draws a Text's lines from its padding edge without its border, so the rule's 0.75 pt are added to the
    // padding and taken off the offset: rule and text sit exactly where a View holding the Text put them.
    footer: {
      position: 'absolute',
      bottom: 29.25,
      left: 54,
      right: 54,
      borderTopWidth: 0.75,
      borderTopColor: RULE,
      paddingTop: 6.75,
      fontSize: 8,
      lineHeight: 1.3,
      color: MUTED
    }
  } as const
}

const stylesByFamily = new Map<string, ReturnType<typeof styles>>()

/** Between a contact label and its value: no-break, so the label never ends a line alone. */
const LABEL_GAP = '\u00a0\u00a0'

export function resumeDocument(pdf: ReactPdf, content: ResumeContent, fontFamily: string): ReactElement {
  const { Document, Page, Text, View, Link } = pdf
  let s = stylesByFamily.get(fontFamily)
  if (!s) stylesByFamily.set(fontFamily, (s = styles(fontFamily)))

  // Titles and their paragraphs are siblings on the page (not wrapped in one View): react-pdf honours
  // minPresenceAhead only against following siblings, and it keeps a title from ending a page alone.
  const title = (text: string) => (
    <Text style={s.sectionTitle} minPresenceAhead={40} wrap={false}>
      {text}
    </Text>
  )

  const block = (b: ResumeBlock, i: number) =>
    b.kind === 'bullet' ? (
      <View key={i} style={s.bulletRow}>
        <Text style={s.bulletMark}>•</Text>
        <Text style={s.bulletText}>{b.text}</Text>
      </View>
    ) : (
      <Text key={i} style={s.text}>
        {b.text}
      </Text>
    )

  // A paragraph of plain lines is one Text (the recruiter's line breaks kept as "\n"); one with bullets needs rows.
  const paragraph = (blocks: ResumeBlock[], i: number) =>
    blocks.every((b) => b.kind === 'line') ? (
      <Text key={i} style={s.lines}>
        {blocks.map((b) => b.text).join('\n')}
      </Text>
    ) : (
      <View key={i} style={s.paragraph}>
        {blocks.map(block)}
      </View>
    )

  return (
    <Document title={`${content.name} - Resume`} author="Tracker Sync" creator="Tracker Sync" producer="Tracker Sync" language="en">
      <Page size="A4" style={s.page}>
        <View style={s.accentBar} fixed />
        <Text style={s.name}>{content.name}</Text>
        {content.headline && <Text style={s.headline}>{content.headline}</Text>}
        {content.contact.length > 0 && (
          <View style={s.contact}>
            {content.contact.map((detail) => (
              <Text key={detail.label} style={s.contactItem}>
                <Text style={s.contactLabel}>
                  {detail.label}
                  {LABEL_GAP}
                </Text>
                {detail.href ? (
                  <Link src={detail.href} style={s.link}>
                    {detail.value}
                  </Link>
                ) : (
                  detail.value
                )}
              </Text>
            ))}
          </View>
        )}
        <View style={s.headerRule} />
        {content.sections.map((section) => (
          <Fragment key={section.title}>
            {title(section.title)}
            {section.paragraphs.map(paragraph)}
          </Fragment>
        ))}
        {content.skills.length > 0 && (
          <>
            {title('Skills')}
            <View style={s.skills}>
              {content.skills.map((skill, i) => (
                <Text key={`${skill}-${i}`} style={s.skill}>
                  {skill}
                </Text>
              ))}
            </View>
          </>
        )}
        {/* No page numbers: a render-prop text needs a second layout pass, about 4 ms (15 %) per resume. */}
        <Text style={s.footer} fixed>
          {content.footer}
        </Text>
      </Page>
    </Document>
  )
}
