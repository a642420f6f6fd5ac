// What a sandbox route answers; server.ts writes it out.
export interface Reply {
  status: number
  json?: unknown
  text?: string
  headers?: Record<string, string>
}

export const json = (status: number, body: unknown): Reply => ({ status, json: body })
/** TrackerRMS's error bodies are not documented: the sandbox answers plain text, which the client must cope with. */
export const text = (status: number, body: string): Reply => ({ status, text: body })
/** The ASP.NET-style 404 a wrong path gets. */
export const noRoute = (path: string): Reply => text(404, `No HTTP resource was found that matches the request URI '${path}'.`)
