// `npm run bench` starts here: React (and react-pdf's reconciler) choose their build from NODE_ENV when first
// loaded, and the app's resume worker runs the production build (electron/resume/renderer.ts), so the benchmarks
// measure that one too. Set before anything loads React; the benchmarks themselves are in run.ts.
process.env.NODE_ENV ??= 'production'
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after NODE_ENV is set, which an import cannot be
require('./run')
