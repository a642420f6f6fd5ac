// Turns bad input into one clear 'validation' error: which field, what is wrong. Nothing has run yet when this
// throws, so nothing is written.
import type { z } from 'zod'
import { AppError } from '../../shared/errors'

/** Keys that could reach Object.prototype through a careless merge: refused wherever they appear. */
const POISONED_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
const MAX_DEPTH = 8

/** Throws on a prototype-pollution key at any depth, or on nesting deeper than any call needs. */
export function refusePoisonedKeys(value: unknown, path: string[] = []): void {
  if (value === null || typeof value !== 'object') return
  if (path.length > MAX_DEPTH) throw new AppError('validation', 'The request is nested too deeply.', path.join('.'))
  for (const key of Object.keys(value)) {
    if (POISONED_KEYS.has(key)) throw new AppError('validation', `"${key}" is not an allowed field name.`, [...path, key].join('.'))
    refusePoisonedKeys((value as Record<string, unknown>)[key], [...path, key])
  }
}

/** The first problem zod found, in words a person can act on, with the field it is about. */
export function validationFromZod(error: z.ZodError, callName: string): AppError {
  const issue = error.issues[0]
  const field = issue.path.map(String).join('.')
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ')
    const where = field ? [field, ...issue.keys].join('.') : issue.keys[0]
    return new AppError('validation', `${callName} does not take ${keys}.`, where)
  }
  if (issue.code === 'invalid_type' && issue.path.length === 0) return new AppError('validation', `${callName} needs an object of arguments.`, 'input')
  // Messages written in shared/api read as full sentences already; zod's own ones need the field in front.
  if (/^[A-Z"]/.test(issue.message) && issue.message.endsWith('.')) return new AppError('validation', issue.message, field || 'input')
  if (issue.code === 'invalid_value' && 'values' in issue)
    return new AppError('validation', `${field} must be one of: ${issue.values.map(String).join(', ')}.`, field)
  return new AppError('validation', `${field || 'input'} ${issue.message.replace(/^Invalid input: /, '')}.`, field || 'input')
}
