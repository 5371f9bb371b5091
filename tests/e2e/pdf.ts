import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfItem {
	text: string;
	/** From the page's left and top edge, in PDF points. */
	x: number;
	y: number;
}

export interface Pdf {
	pages: { items: PdfItem[]; text: string }[];
	/** Every page's text in reading order, pages joined by a blank line. */
	text: string;
	info: Record<string, unknown>;
}

/**
 * Reads a PDF's text with pdf.js (npm), so that the tests need no system program. Items keep
 * their positions, so a test can tell on which page, and where, a piece of text was drawn.
 */
export async function readPdf(path: string): Promise<Pdf> {
	const doc = await getDocument({ data: new Uint8Array(readFileSync(path)), verbosity: 0 }).promise;
	const pages: Pdf['pages'] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const page = await doc.getPage(n);
		const height = page.getViewport({ scale: 1 }).height;
		const content = await page.getTextContent();
		const items = content.items.flatMap((item) =>
			'str' in item && item.str.trim()
				? [
						{
							text: item.str,
							x: item.transform[4] as number,
							y: height - (item.transform[5] as number)
						}
					]
				: []
		);
		pages.push({ items, text: items.map((i) => i.text).join(' ') });
	}
	const { info } = await doc.getMetadata();
	await doc.destroy();
	return {
		pages,
		text: pages.map((p) => p.text).join('\n\n'),
		info: info as Record<string, unknown>
	};
}
