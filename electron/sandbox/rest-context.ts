// What every REST route is given: the store and the auth (rest.ts routes, rest-*.ts answer).
import type { SandboxAuth } from './auth'
import type { SandboxStore } from './store'
export interface RestContext {
  store: SandboxStore
  auth: SandboxAuth
}
