/**
 * The app's one polite live region (see components/ui/Announcer.svelte). Every save says what
 * was saved ("Question 3 saved"); the same words twice in a row are announced twice, because the
 * region is emptied first and filled a moment later.
 */
class Announcer {
	message = $state('');
	/** How many announcements were made; tests read it from the region. */
	count = $state(0);
	#timer: ReturnType<typeof setTimeout> | undefined;

	announce = (text: string): void => {
		clearTimeout(this.#timer);
		this.message = '';
		// Screen readers notice a change, not a value: an empty region first, then the words.
		this.#timer = setTimeout(() => {
			this.message = text;
			this.count += 1;
		}, 100);
	};
}

export const announcer = new Announcer();
