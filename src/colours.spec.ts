import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Contrast of the design system's colour pairs (WCAG 2.2: 4.5:1 for text, 3:1 for controls and
 * the focus ring), in each scheme: light, dark, and the projector's (the wall).
 */
const css = readFileSync('src/app.css', 'utf8');

function tokens(block: string): Record<string, string> {
	return Object.fromEntries(
		[...block.matchAll(/(--color-[a-z-]+):\s*(#[0-9a-f]{3,6})\s*;/gi)].map((m) => [m[1]!, m[2]!])
	);
}

function blockAfter(selector: string): string {
	const start = css.indexOf(selector);
	if (start < 0) throw new Error(`${selector} not found in app.css`);
	return css.slice(start, css.indexOf('}', start));
}

const light = tokens(blockAfter(':root {'));
const dark = { ...light, ...tokens(blockAfter('@media (prefers-color-scheme: dark)')) };
const projector = tokens(blockAfter('.projector {'));

function luminance(hex: string): number {
	const full = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, (c) => c + c) : hex;
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(full.slice(i, i + 2), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

const TEXT: [string, string][] = [
	['text', 'bg'],
	['text', 'surface'],
	['text', 'surface-raised'],
	['text', 'selected'],
	['text', 'warning-bg'],
	['muted', 'bg'],
	['muted', 'surface'],
	['muted', 'surface-raised'],
	['link', 'bg'],
	['link', 'surface'],
	['link', 'surface-raised'],
	['link-visited', 'bg'],
	['primary', 'bg'],
	['primary', 'selected'],
	['on-primary', 'primary'],
	['on-primary', 'primary-hover'],
	['danger', 'bg'],
	['danger', 'surface-raised'],
	['bg', 'danger'],
	['bg', 'danger-hover'],
	['success', 'bg'],
	['success', 'surface-raised']
];

const UI: [string, string][] = [
	['focus-ring', 'bg'],
	['focus-ring', 'surface'],
	['focus-ring', 'surface-raised'],
	['border', 'bg'],
	['border', 'surface-raised'],
	['primary', 'surface'],
	['accent-strong', 'bg'],
	['danger', 'surface']
];

describe.each([
	['light', light],
	['dark', dark],
	['projector', projector]
])('%s colours', (_, scheme) => {
	const colour = (name: string) => {
		const value = scheme[`--color-${name}`];
		if (!value) throw new Error(`--color-${name} is not set`);
		return value;
	};

	it('sets every token the light scheme sets', () => {
		expect(Object.keys(scheme).sort()).toEqual(Object.keys(light).sort());
	});

	it.each(TEXT)('%s on %s reads at 4.5:1', (fg, bg) => {
		expect(contrast(colour(fg), colour(bg))).toBeGreaterThanOrEqual(4.5);
	});

	it.each(UI)('%s against %s shows at 3:1', (fg, bg) => {
		expect(contrast(colour(fg), colour(bg))).toBeGreaterThanOrEqual(3);
	});
});
