/** @jsxRuntime automatic */
/** @jsxImportSource react */
// (The pragmas above: tsx reads no jsx setting from the root tsconfig, so the automatic runtime is named here.)
// The resume's layout (A4). Receives react-pdf as an argument because the library is ESM-only and is loaded with a
// dynamic import (see render.ts).
import type { ReactElement } from 'react'
import type { ResumeContent } from './content'

type ReactPdf = typeof import('@react-pdf/renderer')

const INK = '#1f2933'
const MUTED = '#52606d'
const ACCENT = '#2f6f8f'
const RULE = '#d9e2ec'

export function resumeDocument(pdf: ReactPdf, content: ResumeContent, fontFamily: string): ReactElement {
  const { Document, Page, Text, View, Link, StyleSheet } = pdf
  const styles = StyleSheet.create({
    page: { fontFamily, fontSize: 10, color: INK, paddingTop: 48, paddingBottom: 56, paddingHorizontal: 52 },
    name: { fontSize: 24, fontWeight: 'bold', color: INK, lineHeight: 1.2 },
    headline: { fontSize: 12, color: ACCENT, marginTop: 4, lineHeight: 1.3 },
    contact: { flexDirection: 'row', flexWrap: 'wrap', marginTop: 10, color: MUTED },
    contactItem: { marginRight: 14 },
    link: { color: ACCENT, textDecoration: 'none', marginTop: 2 },
    rule: { borderBottomWidth: 1, borderBottomColor: RULE, marginTop: 14, marginBottom: 6 },
    sectionTitle: { fontSize: 11, fontWeight: 'bold', color: ACCENT, textTransform: 'uppercase', letterSpacing: 1, marginTop: 12, marginBottom: 4 },
    paragraph: { marginBottom: 6, lineHeight: 1.45 },
    skills: { flexDirection: 'row', flexWrap: 'wrap' },
    skill: { borderWidth: 1, borderColor: RULE, borderRadius: 3, paddingVertical: 2, paddingHorizontal: 6, marginRight: 5, marginBottom: 5, fontSize: 9 },
    footer: { position: 'absolute', bottom: 28, left: 52, right: 52, fontSize: 8, color: MUTED, fontFamily }
  })
  return (
    <Document title={`${content.name} - Resume`} author="Tracker Sync" creator="Tracker Sync" producer="Tracker Sync">
      <Page size="A4" style={styles.page}>
        <Text style={styles.name}>{content.name}</Text>
        {content.headline && <Text style={styles.headline}>{content.headline}</Text>}
        {content.contact.length > 0 && (
          <View style={styles.contact}>
            {content.contact.map((item) => (
              <Text key={item} style={styles.contactItem}>
                {item}
              </Text>
            ))}
          </View>
        )}
        {content.linkedin && (
          <Link src={content.linkedin.startsWith('http') ? content.linkedin : `https://${content.linkedin}`} style={styles.link}>
            {content.linkedin}
          </Link>
        )}
        <View style={styles.rule} />
        {content.sections.map((section) => (
          <View key={section.title}>
            <Text style={styles.sectionTitle} minPresenceAhead={30}>
              {section.title}
            </Text>
            {section.paragraphs.map((paragraph, i) => (
              <Text key={i} style={styles.paragraph}>
                {paragraph}
              </Text>
            ))}
          </View>
        ))}
        {content.skills.length > 0 && (
          <View>
            <Text style={styles.sectionTitle} minPresenceAhead={30}>
              Skills
            </Text>
            <View style={styles.skills}>
              {content.skills.map((skill, i) => (
                <Text key={`${skill}-${i}`} style={styles.skill}>
                  {skill}
                </Text>
              ))}
            </View>
          </View>
        )}
        <View style={styles.footer} fixed>
          <Text>{content.footer}</Text>
        </View>
      </Page>
    </Document>
  )
}
