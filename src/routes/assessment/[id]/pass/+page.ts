import type { PageLoad } from './$types';

// The cover screen of a device passed round: a kiosk, like the questions it leads to.
export const load: PageLoad = () => ({ layout: 'kiosk' as const });
