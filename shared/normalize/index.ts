export { normalizeFullName } from './name'
export { normalizeEmail, checkEmail, emailDomain } from './email'
export { normalizeLinkedInUrl, isLinkedInProfileUrl } from './linkedin'
