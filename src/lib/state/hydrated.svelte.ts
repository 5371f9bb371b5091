/**
 * Whether the page's script has taken over. Prerendered controls stay disabled until then:
 * a choice made in the moment before would otherwise be reset by hydration and lost.
 */
class Hydrated {
	current = $state(false);
}

export const hydrated = new Hydrated();
