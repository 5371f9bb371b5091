import { describe, expect, it } from 'vitest';
import { wallCommand } from './wall-keys';

const key = (
	key: string,
	target: { tagName?: string; isContentEditable?: boolean } | null = { tagName: 'BODY' },
	more = {}
) => ({
	key,
	altKey: false,
	ctrlKey: false,
	metaKey: false,
	target: target as EventTarget | null,
	...more
});

describe('wall view keys', () => {
	it('move between questions, reveal, agree and hide names', () => {
		expect(wallCommand(key('ArrowRight'))).toBe('next');
		expect(wallCommand(key('N'))).toBe('next');
		expect(wallCommand(key('PageUp'))).toBe('previous');
		expect(wallCommand(key('r'))).toBe('reveal');
		expect(wallCommand(key('a'))).toBe('agree');
		expect(wallCommand(key('h'))).toBe('names');
		expect(wallCommand(key('x'))).toBeUndefined();
	});

	// A presenter's clicker sends PageDown/PageUp; a button with focus still gets its keys.
	it('work while a button has focus', () => {
		expect(wallCommand(key('PageDown', { tagName: 'BUTTON' }))).toBe('next');
	});

	it('leave typing and browser shortcuts alone', () => {
		expect(wallCommand(key('a', { tagName: 'INPUT' }))).toBeUndefined();
		expect(wallCommand(key('ArrowRight', { tagName: 'SELECT' }))).toBeUndefined();
		expect(wallCommand(key('r', { tagName: 'DIV', isContentEditable: true }))).toBeUndefined();
		expect(wallCommand(key('r', undefined, { ctrlKey: true }))).toBeUndefined();
		expect(wallCommand(key('Escape', { tagName: 'INPUT' }))).toBe('close');
	});
});
