// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** Where stored data failed validation, shown to the user. */
			details?: string[];
		}
		interface PageData {
			/**
			 * "kiosk": a device passed round; "wall": the projector. Either way the page has no site
			 * header or footer, so nothing on it leads anywhere else.
			 */
			layout?: 'kiosk' | 'wall';
		}
	}
}

export {};
