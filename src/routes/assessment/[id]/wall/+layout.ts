import type { LayoutLoad } from './$types';

export const load: LayoutLoad = () => ({ layout: 'wall' as const });
