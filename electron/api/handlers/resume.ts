// The resume PDF for the profile's preview: base64 to the page (which shows it from a blob: address). The bytes go
// in the answer only; nothing logs them.
import type { Handler } from '../types'

export const resumeRender: Handler<'resume.render'> = async (core, { candidateId }) => {
  const { bytes, fileName } = await core.resume.render(candidateId)
  return { fileName, bytes: bytes.byteLength, data: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') }
}
