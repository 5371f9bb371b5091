/** A file name from free text: letters of any language kept, path and shell characters not. */
export function fileName(...parts: string[]): string {
	return parts
		.map((part) =>
			part
				.normalize('NFC')
				.replace(/[\\/:*?"<>|#%&{}$!'`@=+]+/g, '')
				.trim()
				.replace(/\s+/g, '-')
		)
		.filter(Boolean)
		.join('-');
}

/** Saves a file the user asked for; nothing leaves the device any other way. */
export function downloadBlob(name: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadJson(name: string, value: unknown): void {
	downloadBlob(name, new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' }));
}
