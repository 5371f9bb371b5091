import { describe, expect, it } from 'vitest';
import { nameAndPack } from './names';

describe('nameAndPack', () => {
	it('says the questionnaire once when the name already holds it', () => {
		const title = 'Ihre Meinung zu diesem Angebot';
		expect(nameAndPack(`Ihre Antworten: ${title}`, title)).toEqual([`Ihre Antworten: ${title}`]);
	});

	it('puts the questionnaire beside any other name', () => {
		expect(nameAndPack('Village Help', 'Quick check')).toEqual(['Village Help', 'Quick check']);
	});
});
