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

export function resumeDocument(pdf: ReactPdf, content: ResumeContent, fontFamily: string): ReactElement {
  const { Document, Page, Text, View, Link, StyleSheet } = pdf
  const s = StyleSheet.create({
    page: { fontFamily, fontSize: 10, color: INK, paddingTop: 46, paddingBottom: 64, paddingHorizontal: 54 },
    accentBar: { position: 'absolute', top: 0, left: 0, right: 0, height: 6, backgroundColor: ACCENT },
    name: { fontSize: 24, lineHeight: 1.2, fontWeight: 'bold', color: INK },
    headline: { fontSize: 12.5, lineHeight: 1.3, color: ACCENT, marginTop: 3 },
    contact: { flexDirection: 'row', flexWrap: 'wrap', marginTop: 10 },
    contactItem: { flexDirection: 'row', alignItems: 'flex-end', marginRight: 18, marginTop: 3 },
    contactLabel: { fontSize: 7, lineHeight: 1.6, fontWeight: 'bold', color: MUTED, textTransform: 'uppercase', letterSpacing: 0.6, marginRight: 5 },
    contactValue: { fontSize: 9.5, lineHeight: 1.3, color: INK },
    link: { fontSize: 9.5, lineHeight: 1.3, color: ACCENT, textDecoration: 'none' },
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
    text: { ...BODY },
    bulletRow: { flexDirection: 'row', marginTop: 1.5 },
    bulletMark: { ...BODY, width: 12, color: ACCENT },
    bulletText: { ...BODY, flex: 1 },
    skills: { flexDirection: 'row', flexWrap: 'wrap' },
    skill: { fontSize: 9, lineHeight: 1.3, backgroundColor: CHIP, borderRadius: 3, paddingVertical: 2.5, paddingHorizontal: 7, marginRight: 5, marginBottom: 5 },
    footer: { position: 'absolute', bottom: 30, left: 54, right: 54, borderTopWidth: 0.75, borderTopColor: RULE, paddingTop: 6 },
    footerText: { fontSize: 8, lineHeight: 1.3, color: MUTED }
  })

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


  return (
    <Document title={`${content.name} - Resume`} author="Tracker Sync" creator="Tracker Sync" producer="Tracker Sync" language="en">
      <Page size="A4" style={s.page}>
        <View style={s.accentBar} fixed />
        <Text style={s.name}>{content.name}</Text>
        {content.headline && <Text style={s.headline}>{content.headline}</Text>}
        {content.contact.length > 0 && (
          <View style={s.contact}>
            {content.contact.map((detail) => (
              <View key={detail.label} style={s.contactItem}>
                <Text style={s.contactLabel}>{detail.label}</Text>
                {detail.href ? (
                  <Link src={detail.href} style={s.link}>
                    {detail.value}
                  </Link>
                ) : (
                  <Text style={s.contactValue}>{detail.value}</Text>
                )}
              </View>
            ))}
          </View>
        )}
        <View style={s.headerRule} />
        {content.sections.map((section) => (
          <Fragment key={section.title}>
            {title(section.title)}
            {section.paragraphs.map((paragraph, i) => (
              <View key={i} style={s.paragraph}>
                {paragraph.map(block)}
              </View>
            ))}
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
        <View style={s.footer} fixed>
          <Text style={s.footerText}>{content.footer}</Text>
        </View>
      </Page>
    </Document>
  )
}
