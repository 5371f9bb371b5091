import { describe, expect, it } from 'vitest';
import { fuzzExchangeFiles } from './fuzz';

describe('response and backup files from strangers', () => {
	it('are refused with a reason or read whole, a few hundred changed files each', () => {
		expect(() => fuzzExchangeFiles(300)).not.toThrow();
	}, 120_000);
});
