/**
 * iCalendar (RFC 5545) for due dates: one all-day event per date, so that a roadmap's dates can
 * go into any calendar. Text is escaped and long lines folded as the format requires.
 */
export interface CalendarEvent {
	/** Stable across exports, so that importing again updates the event instead of adding one. */
	uid: string;
	/** YYYY-MM-DD. */
	date: string;
	summary: string;
	description: string;
}

function escapeText(text: string): string {
	return text
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r?\n/g, '\\n');
}

/** Lines of at most 75 octets, continued with a leading space, never splitting a letter. */
function fold(line: string): string {
	const encoder = new TextEncoder();
	const parts: string[] = [];
	let current = '';
	for (const char of line) {
		const limit = parts.length === 0 ? 75 : 74;
		if (encoder.encode(current + char).length > limit) {
			parts.push(current);
			current = '';
		}
		current += char;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

function stamp(now: number): string {
	return new Date(now)
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
}

export function toIcs(events: CalendarEvent[], now: number): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Empowerment Roadmap//Roadmap//EN',
		'CALSCALE:GREGORIAN',
		...events.flatMap((event) => {
			const start = event.date.replace(/-/g, '');
			const next = new Date(`${event.date}T00:00:00Z`);
			next.setUTCDate(next.getUTCDate() + 1);
			return [
				'BEGIN:VEVENT',
				`UID:${escapeText(event.uid)}`,
				`DTSTAMP:${stamp(now)}`,
				`DTSTART;VALUE=DATE:${start}`,
				`DTEND;VALUE=DATE:${next.toISOString().slice(0, 10).replace(/-/g, '')}`,
				`SUMMARY:${escapeText(event.summary)}`,
				...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
				'END:VEVENT'
			];
		}),
		'END:VCALENDAR'
	];
	return lines.map(fold).join('\r\n') + '\r\n';
}
