// How checkPerson compares what it is given with stored records (§4.10): email ignoring case, LinkedIn URLs in the
// forms people paste them, phones by their digits. The sandbox's own rules: it must not depend on the app's code.

export const emailKey = (email: string): string | null => email.trim().toLowerCase() || null

/** "HTTPS://uk.LinkedIn.com/in/Ann-Lee/?trk=x#top" → "linkedin.com/in/ann-lee". */
export function linkedinKey(url: string): string | null {
  const key = url
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[?#].*$/, '')
    .replace(/^(www|[a-z]{2})\./, '')
    .replace(/\/+$/, '')
  return key || null
}

export const phoneKey = (phone: string): string | null => phone.replace(/\D/g, '') || null
