export { normalizeFullName } from './name'
export { normalizeEmail, checkEmail, emailDomain, type EmailCheck } from './email'
export { normalizeLinkedInUrl, isLinkedInProfileUrl } from './linkedin'
