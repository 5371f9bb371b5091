// Assessments live in this browser's IndexedDB: these pages are rendered in the browser only,
// and static hosts serve them through the SPA fallback page (200.html).
export const ssr = false;
export const prerender = false;
