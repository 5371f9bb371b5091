/**
 * Draws the report with jspdf. Loaded only when someone exports: jspdf, autotable and the
 * embedded fonts (DejaVu Sans, which has every letter of the region's ten languages, Cyrillic
 * included) never reach the other pages.
 */
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import type { UserOptions } from 'jspdf-autotable';
import type { Report, Table } from './report';

const FONT = 'DejaVuSans';
const MARGIN = 18;
const PRIMARY: [number, number, number] = [29, 92, 99];
const TEXT: [number, number, number] = [27, 31, 34];
const MUTED: [number, number, number] = [77, 90, 97];

async function base64(url: string): Promise<string> {
	const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(binary);
}

export async function renderPdf(
	report: Report,
	charts: { radar: string; bar: string },
	metadata: { title: string; language: string }
): Promise<Blob> {
	const [{ jsPDF }, { autoTable }, regular, bold] = await Promise.all([
		import('jspdf'),
		import('jspdf-autotable'),
		base64(regularUrl),
		base64(boldUrl)
	]);
	const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
	doc.addFileToVFS('DejaVuSans.ttf', regular);
	doc.addFont('DejaVuSans.ttf', FONT, 'normal');
	doc.addFileToVFS('DejaVuSans-Bold.ttf', bold);
	doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold');
	doc.setFont(FONT, 'normal');
	doc.setProperties({
		title: metadata.title,
		subject: report.title,
		creator: 'Empowerment Roadmap'
	});
	doc.setLanguage(metadata.language as 'en-US');

	const width = doc.internal.pageSize.getWidth();
	const height = doc.internal.pageSize.getHeight();
	const inner = width - 2 * MARGIN;
	let y = MARGIN;

	const ensure = (space: number) => {
		if (y + space > height - MARGIN - 8) {
			doc.addPage();
			y = MARGIN;
		}
	};
	const text = (
		content: string,
		size: number,
		options: { bold?: boolean; colour?: number[]; gap?: number } = {}
	) => {
		doc.setFont(FONT, options.bold ? 'bold' : 'normal');
		doc.setFontSize(size);
		doc.setTextColor(...((options.colour ?? TEXT) as [number, number, number]));
		const lines = doc.splitTextToSize(content, inner) as string[];
		const lineHeight = size * 0.42;
		ensure(lines.length * lineHeight);
		doc.text(lines, MARGIN, y + lineHeight * 0.8);
		y += lines.length * lineHeight + (options.gap ?? 2);
	};
	const heading = (content: string, size = 15) => {
		ensure(20);
		y += 3;
		text(content, size, { bold: true, colour: PRIMARY, gap: 3 });
	};
	/** One look for every table: the app's colours, the embedded font, room for the footer. */
	const drawTable = (
		options: Pick<UserOptions, 'head' | 'body' | 'alternateRowStyles'>,
		widths: number[]
	) => {
		autoTable(doc, {
			...options,
			startY: y,
			margin: { left: MARGIN, right: MARGIN, bottom: MARGIN + 8 },
			styles: {
				font: FONT,
				fontSize: 8.5,
				cellPadding: 1.6,
				textColor: TEXT,
				overflow: 'linebreak'
			},
			headStyles: { font: FONT, fontStyle: 'bold', fillColor: PRIMARY, textColor: [255, 255, 255] },
			columnStyles: Object.fromEntries(widths.map((w, i) => [i, { cellWidth: w }]))
		});
		y = (doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + 6;
	};
	const table = (t: Table, widths: number[] = []) =>
		drawTable(
			{ head: [t.head], body: t.body, alternateRowStyles: { fillColor: [244, 246, 246] } },
			widths
		);

	// Cover.
	doc.setFillColor(...PRIMARY);
	doc.rect(0, 0, width, 70, 'F');
	doc.setFont(FONT, 'bold');
	doc.setFontSize(26);
	doc.setTextColor(255, 255, 255);
	doc.text(report.title, MARGIN, 34);
	doc.setFont(FONT, 'normal');
	doc.setFontSize(12);
	doc.text('Empowerment Roadmap', MARGIN, 48);
	y = 86;
	text(report.organisation, 22, { bold: true, gap: 3 });
	if (report.label) text(report.label, 14, { colour: MUTED, gap: 6 });
	y += 4;
	for (const [label, value] of report.facts) {
		text(label, 9.5, { colour: MUTED, gap: 0.5 });
		text(value, 12, { gap: 4 });
	}
	y = height - MARGIN - 14;
	text(report.prepared, 9, { colour: MUTED });

	// Summary and scores.
	doc.addPage();
	y = MARGIN;
	heading(report.headings.summary, 18);
	text(`${report.summary.heading}: ${report.summary.stage}`, 13, { bold: true, gap: 3 });
	for (const paragraph of report.summary.text) text(paragraph, 10.5, { gap: 3 });
	if (report.summary.strengths.length) {
		heading(report.headings.strengths, 12);
		for (const s of report.summary.strengths) text(`• ${s}`, 10.5, { gap: 1.5 });
	}
	if (report.summary.gaps.length) {
		heading(report.headings.gaps, 12);
		for (const g of report.summary.gaps) text(`• ${g}`, 10.5, { gap: 1.5 });
	}
	y += 3;
	table(report.scores, [inner * 0.42]);

	// Charts.
	doc.addPage();
	y = MARGIN;
	heading(report.headings.charts, 18);
	text(report.chartTitles.radar, 11, { bold: true });
	const radarSize = Math.min(inner, 95);
	doc.addImage(charts.radar, 'PNG', MARGIN + (inner - radarSize) / 2, y, radarSize, radarSize);
	y += radarSize + 6;
	const barHeight = inner * (560 / 900);
	ensure(barHeight + 10);
	text(report.chartTitles.bar, 11, { bold: true });
	doc.addImage(charts.bar, 'PNG', MARGIN, y, inner, barHeight);
	y += barHeight + 6;

	// Answers by topic.
	doc.addPage();
	y = MARGIN;
	heading(report.headings.detail, 18);
	for (const dimension of report.dimensions) {
		heading(dimension.title, 13);
		text(dimension.score, 9.5, { colour: MUTED, gap: 2 });
		table(dimension.table, [inner * 0.38]);
	}

	// Roadmap.
	doc.addPage();
	y = MARGIN;
	heading(report.roadmap.title, 18);
	for (const phase of report.roadmap.phases) {
		heading(phase.title, 13);
		if (phase.items.length === 0) {
			text('–', 10);
			continue;
		}
		// Each item: its facts in one row, its first step and note across the row beneath.
		drawTable(
			{
				head: [report.roadmap.head],
				body: phase.items.flatMap((item) => [
					[
						{ content: item.title, styles: { fontStyle: 'bold' as const } },
						item.owner,
						item.due,
						item.status,
						item.why
					],
					...(item.details
						? [[{ content: item.details, colSpan: 5, styles: { textColor: MUTED, fontSize: 8 } }]]
						: [])
				])
			},
			[inner * 0.34, inner * 0.17, inner * 0.12, inner * 0.11]
		);
	}

	// Handbook links, clickable.
	if (report.handbook.links.length) {
		heading(report.headings.handbook, 15);
		text(report.handbook.intro, 10, { gap: 3 });
		for (const link of report.handbook.links) {
			ensure(10);
			doc.setFont(FONT, 'bold');
			doc.setFontSize(10);
			doc.setTextColor(...TEXT);
			doc.text(link.title, MARGIN, y + 4);
			doc.setFont(FONT, 'normal');
			doc.setFontSize(8.5);
			doc.setTextColor(21, 89, 122);
			doc.textWithLink(link.url, MARGIN, y + 8.5, { url: link.url });
			y += 12;
		}
	}

	// Page numbers and footer on every page but the cover.
	const pages = doc.getNumberOfPages();
	for (let page = 2; page <= pages; page++) {
		doc.setPage(page);
		doc.setFont(FONT, 'normal');
		doc.setFontSize(8);
		doc.setTextColor(...MUTED);
		doc.setDrawColor(201, 209, 212);
		doc.line(MARGIN, height - MARGIN + 2, width - MARGIN, height - MARGIN + 2);
		doc.text(report.footer, MARGIN, height - MARGIN + 7);
		doc.text(report.page(page, pages), width - MARGIN, height - MARGIN + 7, { align: 'right' });
	}
	return doc.output('blob');
}
