import { Marked } from 'marked';

export interface MarkdownOptions {
	/** Where `[text](handbook:<slug>)` links point, e.g. slug → `/de/handbook/<slug>/`. */
	handbookHref: (slug: string) => string;
}

const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};
const ANCHOR = /\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/;
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

function safeHref(href: string, options: MarkdownOptions): string | undefined {
	const handbook = /^handbook:([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(href);
	if (handbook) return options.handbookHref(handbook[1]!);
	if (/^(https?:\/\/|mailto:)/i.test(href)) return href;
	return undefined;
}

/**
 * `[Organisational Roadmap]{lang=en}` (a Pandoc span): words in another language than the text
 * around them, so that a screen reader pronounces them in theirs.
 */
const LANG_SPAN = /^\[([^\]\n]+)\]\{lang=([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)\}/;

/**
 * Markdown to HTML that is safe by construction, whoever wrote the pack: raw HTML is shown as
 * text, images become their alt text, and links keep only web, mail and handbook addresses.
 */
export function renderMarkdown(source: string, options: MarkdownOptions): string {
	const marked = new Marked({
		gfm: true,
		async: false,
		extensions: [
			{
				name: 'langSpan',
				level: 'inline',
				start: (src: string) => src.match(/\[[^\]\n]+\]\{lang=/)?.index,
				tokenizer(src: string) {
					const match = LANG_SPAN.exec(src);
					if (!match) return undefined;
					return {
						type: 'langSpan',
						raw: match[0],
						lang: match[2],
						tokens: this.lexer.inlineTokens(match[1]!)
					};
				},
				renderer(token) {
					const inner = this.parser.parseInline(token.tokens ?? []);
					return `<span lang="${escapeHtml(String(token['lang']))}">${inner}</span>`;
				}
			}
		],
		renderer: {
			html: ({ text }) => escapeHtml(text),
			image: ({ text }) => escapeHtml(text),
			// `## Heading {#anchor}`: a stable anchor the app can link to in every language.
			heading({ tokens, depth, text }) {
				const anchor = ANCHOR.exec(text);
				const inner = this.parser.parseInline(tokens).replace(ANCHOR, '');
				return `<h${depth}${anchor ? ` id="${anchor[1]}"` : ''}>${inner}</h${depth}>\n`;
			},
			link({ href, tokens }) {
				const inner = this.parser.parseInline(tokens);
				const target = safeHref(href, options);
				if (!target) return inner;
				const external = !href.startsWith('handbook:');
				return `<a href="${escapeHtml(target)}"${external ? ' rel="external noopener noreferrer"' : ''}>${inner}</a>`;
			}
		}
	});
	return marked.parse(source, { async: false });
}

/** The words of a Markdown text without its syntax, for search. */
export function markdownToText(source: string): string {
	return source
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\s*\{#[a-z0-9-]+\}\s*$/gm, '')
		.replace(/\[([^\]]*)\]\{lang=[^}]*\}/g, '$1')
		.replace(/^\s{0,3}(#{1,6}|[-*+]|\d+\.)\s+/gm, '')
		.replace(/[*_`>]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}
