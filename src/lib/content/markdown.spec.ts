import { describe, expect, it } from 'vitest';
import { markdownToText, renderMarkdown } from './markdown';

const options = { handbookHref: (slug: string) => `/de/handbook/${slug}/` };
const render = (source: string) => renderMarkdown(source, options);

describe('renderMarkdown', () => {
	it('renders headings, lists and emphasis', () => {
		expect(render('## Steps\n\n1. **Ask** people')).toBe(
			'<h2>Steps</h2>\n<ol>\n<li><strong>Ask</strong> people</li>\n</ol>\n'
		);
	});

	it('gives a heading the stable anchor its author set, and shows no braces', () => {
		expect(render('## Involving users safely {#service-users}')).toBe(
			'<h2 id="service-users">Involving users safely</h2>\n'
		);
		expect(markdownToText('## Safely {#service-users}\nText')).toBe('Safely Text');
	});

	it('turns handbook links into links to the entry in the current language', () => {
		expect(render('See [panels](handbook:user-panels).')).toBe(
			'<p>See <a href="/de/handbook/user-panels/">panels</a>.</p>\n'
		);
	});

	it('marks web links as external and keeps no referrer', () => {
		expect(render('[SEMPRE](https://sempre-project.eu/results)')).toContain(
			'<a href="https://sempre-project.eu/results" rel="external noopener noreferrer">SEMPRE</a>'
		);
	});

	// Packs can come from anyone: nothing in them may run script or load from elsewhere.
	describe('hostile content', () => {
		it.each([
			['<script>alert(1)</script>', '<script'],
			['<img src=x onerror="alert(1)">', '<img'],
			['[click](javascript:alert(1))', 'javascript:'],
			['[click](data:text/html;base64,PHNjcmlwdD4=)', 'data:'],
			['![tracker](https://evil.example/pixel.gif)', 'evil.example'],
			['<a href="https://x.example" onclick="steal()">x</a>', '<a'],
			['[x](handbook:../../etc)', 'etc']
		])('%s is neutralised', (source, forbidden) => {
			const html = render(source);
			expect(html).not.toContain(forbidden);
		});

		it('accepts only a language code in a language span', () => {
			expect(render('[x]{lang=en" onclick="y}')).not.toContain('onclick="');
		});

		it('shows raw HTML as text rather than dropping it', () => {
			expect(render('a <b>bold</b> claim')).toBe('<p>a &lt;b&gt;bold&lt;/b&gt; claim</p>\n');
		});
	});
});

describe('language spans', () => {
	it('marks words in another language, so that they are read out in it', () => {
		expect(render('Leitfaden („[Organisational *Roadmap*]{lang=en}“)')).toBe(
			'<p>Leitfaden („<span lang="en">Organisational <em>Roadmap</em></span>“)</p>\n'
		);
	});

	it('leaves the syntax out of the searchable text', () => {
		expect(markdownToText('Leitfaden („[Organisational Roadmap]{lang=en}“)')).toBe(
			'Leitfaden („Organisational Roadmap“)'
		);
	});
});

describe('markdownToText', () => {
	it('keeps the words and drops the syntax', () => {
		expect(markdownToText('## What it is\n\n- A **panel** of [users](handbook:x).\n1. Meet')).toBe(
			'What it is A panel of users. Meet'
		);
	});
});
