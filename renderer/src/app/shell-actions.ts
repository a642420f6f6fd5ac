// What the screens may ask of the shell around them (it owns the CSV dialogs): its own module, so the shell and the
// screens do not import each other.
export interface ShellActions {
  importCsv(jobId: number | null): void
  exportCsv(jobId: number | null): void
}
