import { tick } from 'svelte';

/**
 * Where keyboard focus goes after something on screen changed. Every page and component uses
 * these, so that focus is never left on <body> or on an element that is gone.
 */

/** Makes an element focusable from script only (a heading, a list item) and focuses it. */
export function focusElement(element: HTMLElement | null | undefined): boolean {
	if (!element || !element.isConnected) return false;
	if (!element.matches('a[href], button, input, select, textarea, [tabindex]')) {
		element.setAttribute('tabindex', '-1');
	}
	element.focus();
	return document.activeElement === element;
}

/** The chosen option of a radio group, or its first option. */
function optionOf(container: HTMLElement): HTMLElement | null {
	return (
		container.querySelector<HTMLInputElement>('input[type="radio"]:checked') ??
		container.querySelector<HTMLInputElement>('input[type="radio"]')
	);
}

/**
 * After a page change: the element the page marked with data-focus-start (the first open
 * question: its chosen option, or its first), else the page's h1. Returns whether it moved focus.
 */
export function focusPageStart(root: ParentNode = document): boolean {
	const start = root.querySelector<HTMLElement>('[data-focus-start]');
	if (start) return focusElement(optionOf(start) ?? start);
	return focusElement(root.querySelector<HTMLElement>('main h1'));
}

/** After a form or dialog closes: back to the control that opened it, once it is drawn again. */
export async function focusById(id: string): Promise<boolean> {
	await tick();
	return focusElement(document.getElementById(id));
}

/**
 * After an item of a list was removed: the item that took its place, else the one before it,
 * else `fallback` (say, the list's heading). `ids` are the items' element ids after the removal.
 */
export async function focusAfterRemoval(
	ids: string[],
	removedAt: number,
	fallback: string
): Promise<boolean> {
	await tick();
	const next = ids[Math.min(removedAt, ids.length - 1)];
	return focusElement(
		document.getElementById(next ?? fallback) ?? document.getElementById(fallback)
	);
}
