import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

// `/de/handbook/` and `/handbook/` are the same route; the prefix only picks the language.
export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;
