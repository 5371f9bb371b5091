import { buildExample } from '$lib/example/build-example';
import { EXAMPLE_TEXTS } from '$lib/example/texts';
import { shippedPack } from './shipped';

/** The "Try the example" assessment (earlier round, current round) on the shipped pack. */
export function makeExample(locale = 'en', today = '2026-11-25') {
	let n = 0;
	const pack = shippedPack('empowerment', locale);
	const [previous, current] = buildExample({
		pack,
		texts: EXAMPLE_TEXTS[locale]!,
		locale,
		today,
		now: 1,
		newId: () => `id${++n}`
	});
	return { pack, previous, current };
}
