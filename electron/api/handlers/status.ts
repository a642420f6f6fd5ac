import type { Handler } from '../types'

export const statusGet: Handler<'status.get'> = (core) => core.status.checked()
