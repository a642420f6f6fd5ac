const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** An ISO-8601 time in the user's locale and time zone. */
export const formatTime = (iso: string) => dateTime.format(new Date(iso))
