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
type Rgb = [number, number, number];
const PRIMARY: Rgb = [29, 92, 99];
const TEXT: Rgb = [27, 31, 34];
const MUTED: Rgb = [77, 90, 97];

async function base64(url: string): Promise<string> {
	const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(binary);
}

type Doc = import('jspdf').jsPDF;
type AutoTable = typeof import('jspdf-autotable').autoTable;

/** A cursor on the document and the few ways the report draws on it. */
class Writer {
	y = MARGIN;
	readonly width: number;
	readonly height: number;
	readonly inner: number;

	constructor(
		readonly doc: Doc,
		readonly autoTable: AutoTable
	) {
		this.width = doc.internal.pageSize.getWidth();
		this.height = doc.internal.pageSize.getHeight();
		this.inner = this.width - 2 * MARGIN;
	}

	newPage() {
		this.doc.addPage();
		this.y = MARGIN;
	}

	ensure(space: number) {
		if (this.y + space > this.height - MARGIN - 8) this.newPage();
	}

	text(
		content: string,
		size: number,
		options: { bold?: boolean; colour?: Rgb; gap?: number } = {}
	) {
		const { doc } = this;
		doc.setFont(FONT, options.bold ? 'bold' : 'normal');
		doc.setFontSize(size);
		doc.setTextColor(...(options.colour ?? TEXT));
		const lines = doc.splitTextToSize(content, this.inner) as string[];
		const lineHeight = size * 0.42;
		this.ensure(lines.length * lineHeight);
		doc.text(lines, MARGIN, this.y + lineHeight * 0.8);
		this.y += lines.length * lineHeight + (options.gap ?? 2);
	}

	heading(content: string, size = 15) {
		this.ensure(20);
		this.y += 3;
		this.text(content, size, { bold: true, colour: PRIMARY, gap: 3 });
	}

	/** One look for every table: the app's colours, the embedded font, room for the footer. */
	table(options: Pick<UserOptions, 'head' | 'body' | 'alternateRowStyles'>, widths: number[]) {
		this.autoTable(this.doc, {
			...options,
			startY: this.y,
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
		this.y =
			(this.doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + 6;
	}

	plainTable(t: Table, widths: number[] = []) {
		this.table(
			{ head: [t.head], body: t.body, alternateRowStyles: { fillColor: [244, 246, 246] } },
			widths
		);
	}
}

function drawCover(w: Writer, cover: Report['cover']) {
	const { doc } = w;
	doc.setFillColor(...PRIMARY);
	doc.rect(0, 0, w.width, 70, 'F');
	doc.setFont(FONT, 'bold');
	doc.setFontSize(26);
	doc.setTextColor(255, 255, 255);
	doc.text(cover.title, MARGIN, 34);
	doc.setFont(FONT, 'normal');
	doc.setFontSize(12);
	doc.text('Empowerment Roadmap', MARGIN, 48);
	w.y = 86;
	w.text(cover.organisation, 22, { bold: true, gap: 3 });
	if (cover.label) w.text(cover.label, 14, { colour: MUTED, gap: 6 });
	w.y += 4;
	for (const [label, value] of cover.facts) {
		w.text(label, 9.5, { colour: MUTED, gap: 0.5 });
		w.text(value, 12, { gap: 4 });
	}
	w.y = w.height - MARGIN - 14;
	w.text(cover.prepared, 9, { colour: MUTED });
}

function drawSummary(w: Writer, summary: Report['summary']) {
	w.newPage();
	w.heading(summary.title, 18);
	w.text(`${summary.heading}: ${summary.stage}`, 13, { bold: true, gap: 3 });
	for (const paragraph of summary.text) w.text(paragraph, 10.5, { gap: 3 });
	for (const list of [summary.strengths, summary.gaps]) {
		if (list.items.length === 0) continue;
		w.heading(list.heading, 12);
		for (const item of list.items) w.text(`• ${item}`, 10.5, { gap: 1.5 });
	}
	w.y += 3;
	w.plainTable(summary.scores, [w.inner * 0.42]);
}

function drawUsers(w: Writer, users: Report['users']) {
	if (!users) return;
	w.heading(users.heading, 13);
	w.text(users.tookPart, 10.5, { bold: true, gap: 2 });
	if (users.intro) w.text(users.intro, 10, { gap: 3 });
	if (users.table) w.plainTable(users.table, [w.inner * 0.46]);
	if (users.questionsHeading) w.heading(users.questionsHeading, 11);
	for (const line of users.questions) w.text(`• ${line}`, 10, { gap: 1.5 });
}

function drawCharts(w: Writer, charts: Report['charts'], images: { radar: string; bar: string }) {
	w.newPage();
	w.heading(charts.heading, 18);
	w.text(charts.radar, 11, { bold: true });
	const radarSize = Math.min(w.inner, 95);
	w.doc.addImage(
		images.radar,
		'PNG',
		MARGIN + (w.inner - radarSize) / 2,
		w.y,
		radarSize,
		radarSize
	);
	w.y += radarSize + 6;
	const barHeight = w.inner * (560 / 900);
	w.ensure(barHeight + 10);
	w.text(charts.bar, 11, { bold: true });
	w.doc.addImage(images.bar, 'PNG', MARGIN, w.y, w.inner, barHeight);
	w.y += barHeight + 6;
}

function drawDetail(w: Writer, detail: Report['detail']) {
	w.newPage();
	w.heading(detail.heading, 18);
	for (const dimension of detail.dimensions) {
		w.heading(dimension.title, 13);
		w.text(dimension.score, 9.5, { colour: MUTED, gap: 2 });
		w.plainTable(dimension.table, [w.inner * 0.38]);
	}
}

function drawRoadmap(w: Writer, roadmap: Report['roadmap']) {
	w.newPage();
	w.heading(roadmap.heading, 18);
	for (const phase of roadmap.phases) {
		w.heading(phase.title, 13);
		if (phase.items.length === 0) {
			w.text('–', 10);
			continue;
		}
		// Each item: its facts in one row, its first step and note across the row beneath.
		w.table(
			{
				head: [roadmap.head],
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
			[w.inner * 0.34, w.inner * 0.17, w.inner * 0.12, w.inner * 0.11]
		);
	}
}

/** Handbook links, clickable. */
function drawHandbook(w: Writer, handbook: Report['handbook']) {
	if (handbook.links.length === 0) return;
	const { doc } = w;
	w.heading(handbook.heading, 15);
	w.text(handbook.intro, 10, { gap: 3 });
	for (const link of handbook.links) {
		w.ensure(10);
		doc.setFont(FONT, 'bold');
		doc.setFontSize(10);
		doc.setTextColor(...TEXT);
		doc.text(link.title, MARGIN, w.y + 4);
		doc.setFont(FONT, 'normal');
		doc.setFontSize(8.5);
		doc.setTextColor(21, 89, 122);
		doc.textWithLink(link.url, MARGIN, w.y + 8.5, { url: link.url });
		w.y += 12;
	}
}

/** Page numbers and footer on every page but the cover. */
function drawFooters(w: Writer, report: Report) {
	const { doc } = w;
	const pages = doc.getNumberOfPages();
	for (let page = 2; page <= pages; page++) {
		doc.setPage(page);
		doc.setFont(FONT, 'normal');
		doc.setFontSize(8);
		doc.setTextColor(...MUTED);
		doc.setDrawColor(201, 209, 212);
		doc.line(MARGIN, w.height - MARGIN + 2, w.width - MARGIN, w.height - MARGIN + 2);
		doc.text(report.footer, MARGIN, w.height - MARGIN + 7);
		doc.text(report.page(page, pages), w.width - MARGIN, w.height - MARGIN + 7, { align: 'right' });
	}
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
		subject: report.cover.title,
		creator: 'Empowerment Roadmap'
	});
	doc.setLanguage(metadata.language as 'en-US');

	const w = new Writer(doc, autoTable);
	drawCover(w, report.cover);
	drawSummary(w, report.summary);
	drawUsers(w, report.users);
	drawCharts(w, report.charts, charts);
	drawDetail(w, report.detail);
	drawRoadmap(w, report.roadmap);
	drawHandbook(w, report.handbook);
	drawFooters(w, report);
	return doc.output('blob');
}
