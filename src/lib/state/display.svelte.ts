/** Read by static/boot.js before the page paints. */
export const LARGE_TEXT_KEY = 'empowerment-large-text';

/** The projector setting: larger text everywhere, remembered on this device. */
class Display {
	#largeText = $state(false);

	get largeText(): boolean {
		return this.#largeText;
	}

	set largeText(on: boolean) {
		this.#largeText = on;
		if (on) document.documentElement.setAttribute('data-large-text', 'true');
		else document.documentElement.removeAttribute('data-large-text');
		try {
			localStorage.setItem(LARGE_TEXT_KEY, String(on));
		} catch {
			// Storage blocked: the setting lasts until the page is closed.
		}
	}

	/** Picks up what boot.js applied. */
	sync = (): void => {
		this.#largeText = document.documentElement.getAttribute('data-large-text') === 'true';
	};
}

export const display = new Display();
