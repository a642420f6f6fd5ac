// Serves the built renderer (out/renderer). Only files inside that folder, only GET/HEAD, never a listing.
import { createReadStream, existsSync, statSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8'
}

export function rendererIsBuilt(dir: string): boolean {
  return existsSync(join(dir, 'index.html'))
}

/** The file under `root` that a URL path names, or null if it is outside root, missing or not a file. */
export function resolveStatic(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const base = resolve(root)
  const file = resolve(base, `.${sep}${normalize(decoded)}`)
  if (file !== base && !file.startsWith(base + sep)) return null
  try {
    return statSync(file).isFile() ? file : null
  } catch {
    return null
  }
}

export function sendFile(res: ServerResponse, file: string, headers: Record<string, string>, headOnly = false): void {
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
  res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': String(statSync(file).size) })
  if (headOnly) return void res.end()
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res)
}
