/**
 * Whether a process with this id runs on this machine. Signal 0 only checks: EPERM means it exists but belongs to
 * another user (alive); any other error (ESRCH) means it is gone.
 */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
