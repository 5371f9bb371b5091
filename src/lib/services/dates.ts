/** Today as YYYY-MM-DD in the user's own time zone (toISOString would give UTC's date). */
export function today(now = new Date()): string {
	return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
