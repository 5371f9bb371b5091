import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { isPassing } from '$lib/services/open-assessment';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, parent, url }) => {
	const { open } = await parent();
	if (!open.pack.dimensions.some((d) => d.id === params.dimension)) {
		error(404, { message: m.error_not_found() });
	}
	return {
		dimensionId: params.dimension,
		layout: isPassing(url) ? ('kiosk' as const) : undefined
	};
};
