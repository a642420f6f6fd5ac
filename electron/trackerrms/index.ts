export * from './types'
export { createTrackerClient, type TrackerClientOptions } from './client'
export { TrackerError } from './errors'
export { RequestThrottle } from './throttle'
