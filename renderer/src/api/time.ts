// Time as the screens show it: a ticking "now" for countdowns, and short relative phrases.
import { useEffect, useState } from 'react'

/** The current time, re-rendered every `everyMs` while the component is shown. */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs)
    return () => clearInterval(timer)
  }, [everyMs])
  return now
}

/** "1:52", "12 s", "3 h 5 min" until `until`; "now" once it has passed. */
export function untilText(until: string | number, now: number): string {
  const ms = (typeof until === 'number' ? until : Date.parse(until)) - now
  if (!(ms > 500)) return 'now'
  const s = Math.ceil(ms / 1000)
  if (s < 60) return `${s} s`
  if (s < 3600) return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
  const h = Math.floor(s / 3600)
  return `${h} h ${Math.floor((s % 3600) / 60)} min`
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

export const formatDateTime = (iso: string) => dateTime.format(new Date(iso))

const sameDay = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' })
const sameYear = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' })
const otherYear = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })

/** Compact, for tables: "8:45 AM" today, "Nov 29, 8:45 AM" this year, "Nov 29, 2025" before. */
export function formatShort(iso: string, now = new Date()): string {
  const date = new Date(iso)
  if (date.toDateString() === now.toDateString()) return sameDay.format(date)
  if (date.getFullYear() === now.getFullYear()) return sameYear.format(date)
  return otherYear.format(date)
}
