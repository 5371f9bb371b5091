import { loadHandbook } from '$lib/content/handbook';
import { getLocale } from '$lib/i18n';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => loadHandbook(getLocale());
