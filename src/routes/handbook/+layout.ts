// The handbook is static text: its pages ship without SvelteKit's client (about 60 KB less
// JavaScript). What they need a script for, static/handbook.js does (see +layout.svelte).
export const csr = false;
