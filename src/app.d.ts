// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** Where stored data failed validation, shown to the user. */
			details?: string[];
		}
	}
}

export {};
