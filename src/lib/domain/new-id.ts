/**
 * A random id for records made on this device. crypto.randomUUID exists only in secure
 * contexts, and the app may be served over plain http on a village hall's network.
 */
export function newId(): string {
	const bytes = new Uint8Array(16);
	globalThis.crypto.getRandomValues(bytes);
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** 128 random bits as base64url: a participant's invitation key (see secretSchema). */
export function newSecret(): string {
	const bytes = new Uint8Array(16);
	globalThis.crypto.getRandomValues(bytes);
	return btoa(String.fromCharCode(...bytes))
		.replace(/\+/g, '-')
		.replace(/\//g, '_')
		.replace(/=+$/, '');
}
