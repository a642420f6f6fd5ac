// Vite turns an imported asset into its URL.
declare module '*.svg' {
  const src: string
  export default src
}
