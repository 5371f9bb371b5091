// Every page is prerendered to static HTML; pages that read IndexedDB turn ssr off themselves.
export const prerender = true;
// `/handbook/` is written as `handbook/index.html`, which every static host serves as is.
export const trailingSlash = 'always';
