/**
 * Draws the board report with jspdf. Loaded only when someone opens the export page: jspdf,
 * autotable and the embedded fonts (DejaVu Sans, cut to the letters of the region's languages,
 * Cyrillic and Greek included; see fonts/README.md) never reach the other pages.
 *
 * Reading the fonts is the slow part of making a PDF, so the export page prepares a document
 * with its fonts while the user reads it (preparePdf); the click only draws and writes.
 */
import regularUrl from './fonts/DejaVuSans-subset.ttf?url';
import boldUrl from './fonts/DejaVuSans-Bold-subset.ttf?url';
import type { UserOptions } from 'jspdf-autotable';
import { BAR, RADAR, type ChartImages } from './chart-images';
import type { Report, RoadmapColumn, Table } from './report';

const FONT = 'DejaVuSans';
const MARGIN = 18;
/** Space kept free at the foot of every page for the footer line. */
const FOOT = 12;
type Rgb = [number, number, number];
const PRIMARY: Rgb = [29, 92, 99];
const TEXT: Rgb = [27, 31, 34];
const MUTED: Rgb = [77, 90, 97];
const TINT: Rgb = [232, 242, 243];
/** Millimetres per point, and the line height as a share of the font size. */
const PT = 0.3528;
const LEADING = 1.22;

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

interface Tools {
	newDoc: () => Doc;
	autoTable: AutoTable;
}

let tools: Promise<Tools> | undefined;
let spare: Promise<Doc> | undefined;

function loadTools(): Promise<Tools> {
	tools ??= Promise.all([
		import('jspdf'),
		import('jspdf-autotable'),
		base64(regularUrl),
		base64(boldUrl)
	]).then(([{ jsPDF }, { autoTable }, regular, bold]) => ({
		autoTable,
		newDoc: () => {
			const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
			doc.addFileToVFS('DejaVuSans.ttf', regular);
			doc.addFont('DejaVuSans.ttf', FONT, 'normal');
			doc.addFileToVFS('DejaVuSans-Bold.ttf', bold);
			doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold');
			doc.setFont(FONT, 'normal');
			return doc;
		}
	}));
	return tools;
}

/** Loads jspdf and the fonts and makes the next document ready (its fonts read). */
export function preparePdf(): Promise<unknown> {
	spare ??= loadTools().then((t) => t.newDoc());
	return spare;
}

async function takeDoc(): Promise<{ doc: Doc; autoTable: AutoTable }> {
	const { autoTable } = await loadTools();
	const doc = await preparePdf();
	spare = undefined;
	return { doc: doc as Doc, autoTable };
}

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

	get bottom() {
		return this.height - MARGIN - FOOT / 2;
	}

	newPage() {
		this.doc.addPage();
		this.y = MARGIN;
	}

	/** Starts a new page unless `space` millimetres still fit on this one. */
	ensure(space: number) {
		if (this.y + space > this.bottom) this.newPage();
	}

	lines(content: string, size: number, width = this.inner, bold = false): string[] {
		this.doc.setFont(FONT, bold ? 'bold' : 'normal');
		this.doc.setFontSize(size);
		return this.doc.splitTextToSize(content, width) as string[];
	}

	/** How tall a paragraph is, in millimetres. */
	measure(content: string, size: number, width = this.inner, bold = false) {
		return this.lines(content, size, width, bold).length * size * PT * LEADING;
	}

	text(
		content: string,
		size: number,
		options: { bold?: boolean; colour?: Rgb; gap?: number; indent?: number } = {}
	) {
		const { doc } = this;
		const indent = options.indent ?? 0;
		const lines = this.lines(content, size, this.inner - indent, options.bold);
		const lineHeight = size * PT * LEADING;
		doc.setTextColor(...(options.colour ?? TEXT));
		// A paragraph is never split: it moves to the next page whole.
		this.ensure(lines.length * lineHeight);
		doc.text(lines, MARGIN + indent, this.y + size * PT, { lineHeightFactor: LEADING });
		this.y += lines.length * lineHeight + (options.gap ?? 2);
	}

	/** A heading, kept on the page with at least `keep` millimetres of what follows it. */
	heading(content: string, size = 15, keep = 25) {
		this.y += size > 14 ? 2 : 3;
		this.ensure(this.measure(content, size, this.inner, true) + keep);
		this.text(content, size, { bold: true, colour: PRIMARY, gap: 2.5 });
	}

	/** One look for every table: the app's colours, the embedded font, rows never split. */
	table(
		options: Pick<UserOptions, 'head' | 'body' | 'alternateRowStyles' | 'didParseCell'>,
		widths: number[],
		fontSize = 9
	) {
		this.autoTable(this.doc, {
			...options,
			startY: this.y,
			margin: { left: MARGIN, right: MARGIN, top: MARGIN, bottom: MARGIN + FOOT / 2 },
			rowPageBreak: 'avoid',
			styles: {
				font: FONT,
				fontSize,
				cellPadding: 1.6,
				textColor: TEXT,
				overflow: 'linebreak',
				valign: 'top'
			},
			headStyles: { font: FONT, fontStyle: 'bold', fillColor: PRIMARY, textColor: [255, 255, 255] },
			columnStyles: Object.fromEntries(widths.map((w, i) => [i, { cellWidth: w }]))
		});
		this.y =
			(this.doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + 5;
	}

	plainTable(t: Table, widths: number[] = []) {
		this.table(
			{ head: [t.head], body: t.body, alternateRowStyles: { fillColor: [244, 246, 246] } },
			widths
		);
	}

	bullets(items: string[], size = 10) {
		for (const item of items) {
			const top = this.y;
			this.text(item, size, { indent: 5, gap: 1.2 });
			this.doc.setFillColor(...TEXT);
			// The bullet is drawn beside the item's first line, on whichever page it landed.
			const y = this.y < top ? MARGIN : top;
			this.doc.circle(MARGIN + 1.6, y + size * PT * 0.62, 0.7, 'F');
		}
	}
}

/** Page one: the band with the organisation, then what the board needs to read. */
function drawBoard(w: Writer, report: Report) {
	const { doc } = w;
	const { cover, board } = report;
	const band = cover.label ? 46 : 40;
	doc.setFillColor(...PRIMARY);
	doc.rect(0, 0, w.width, band, 'F');
	doc.setTextColor(255, 255, 255);
	doc.setFont(FONT, 'normal');
	doc.setFontSize(10);
	doc.text(cover.title, MARGIN, 13);
	doc.setFont(FONT, 'bold');
	doc.setFontSize(20);
	doc.text(cover.organisation, MARGIN, 23);
	doc.setFont(FONT, 'normal');
	doc.setFontSize(10);
	let y = 31;
	if (cover.label) {
		doc.text(cover.label, MARGIN, y);
		y += 6;
	}
	doc.text(w.lines(cover.line, 10)[0]!, MARGIN, y);
	w.y = band + 8;

	w.text(board.title, 17, { bold: true, colour: PRIMARY, gap: 3 });
	w.text(board.stage.heading, 9.5, { colour: MUTED, gap: 0.5 });
	w.text(board.stage.value, 14, { bold: true, gap: 1 });
	if (board.stage.explanation) w.text(board.stage.explanation, 10.5, { gap: 2.5 });
	for (const sentence of board.text) w.text(sentence, 10, { gap: 1.5 });

	w.heading(board.priorities.heading, 13, 20);
	if (board.priorities.none) w.text(board.priorities.none, 10);
	board.priorities.items.forEach((item, i) => {
		const height =
			w.measure(item.title, 11, w.inner - 8, true) +
			(item.firstStep ? w.measure(item.firstStep, 9.5, w.inner - 8) : 0) +
			w.measure(`${item.owner} · ${item.due}`, 9.5, w.inner - 8) +
			4;
		w.ensure(height);
		const top = w.y;
		doc.setFillColor(...PRIMARY);
		doc.circle(MARGIN + 3, top + 2.6, 3, 'F');
		doc.setFont(FONT, 'bold');
		doc.setFontSize(10);
		doc.setTextColor(255, 255, 255);
		doc.text(String(i + 1), MARGIN + 3, top + 3.8, { align: 'center' });
		w.text(item.title, 11, { bold: true, indent: 8, gap: 0.8 });
		if (item.firstStep) w.text(item.firstStep, 9.5, { indent: 8, gap: 0.8 });
		w.text(`${item.owner} · ${item.due}`, 9.5, { indent: 8, colour: MUTED, gap: 3 });
	});

	if (board.ask) {
		const textHeight = w.measure(board.ask.text, 10.5, w.inner - 8);
		const height = textHeight + 14;
		w.y += 1;
		w.ensure(height);
		doc.setFillColor(...TINT);
		doc.rect(MARGIN, w.y, w.inner, height, 'F');
		doc.setFillColor(...PRIMARY);
		doc.rect(MARGIN, w.y, 1.4, height, 'F');
		w.y += 3;
		w.text(board.ask.heading, 12, { bold: true, colour: PRIMARY, indent: 5, gap: 1.5 });
		w.text(board.ask.text, 10.5, { indent: 5, gap: 0 });
		w.y += 6;
	}

	for (const list of [board.changes, board.users]) {
		if (!list) continue;
		w.heading(list.heading, 12, 12);
		w.bullets(list.lines, 10);
	}
}

const ROADMAP_WEIGHTS: Record<RoadmapColumn, number> = {
	action: 3,
	firstStep: 4.1,
	// Wide enough for "Verantwortlich" and a German date on one line.
	owner: 2,
	due: 1.5,
	status: 1.3
};

function drawRoadmap(w: Writer, roadmap: Report['roadmap']) {
	// The roadmap starts a page of its own, unless page one ran over: then it follows what ran
	// over, rather than leave a page with a line or two on it.
	if (w.doc.getNumberOfPages() === 1) w.newPage();
	else w.y += 6;
	w.ensure(60);
	w.text(roadmap.heading, 18, { bold: true, colour: PRIMARY, gap: 3 });
	const total = roadmap.columns.reduce((sum, c) => sum + ROADMAP_WEIGHTS[c], 0);
	const widths = roadmap.columns.map((c) => (w.inner * ROADMAP_WEIGHTS[c]) / total);
	for (const phase of roadmap.phases) {
		w.heading(phase.title, 13, 22);
		if (phase.none) {
			w.text(phase.none, 10);
			continue;
		}
		w.table(
			{
				head: [roadmap.head],
				body: phase.rows,
				alternateRowStyles: { fillColor: [244, 246, 246] },
				didParseCell: (data) => {
					if (data.section === 'body' && data.column.index === 0) {
						data.cell.styles.fontStyle = 'bold';
					}
				}
			},
			widths,
			8.5
		);
	}
}

/** Handbook links, clickable, one a line: reference for whoever takes an item on. */
function drawHandbook(w: Writer, handbook: Report['handbook']) {
	if (handbook.links.length === 0) return;
	const { doc } = w;
	w.heading(handbook.heading, 13, 16);
	w.text(handbook.intro, 10, { gap: 2 });
	for (const link of handbook.links) {
		w.ensure(5.5);
		doc.setFont(FONT, 'bold');
		doc.setFontSize(9);
		doc.setTextColor(...TEXT);
		doc.text(link.title, MARGIN, w.y + 3.5);
		const indent = doc.getTextWidth(link.title) + 3;
		doc.setFont(FONT, 'normal');
		doc.setTextColor(21, 89, 122);
		doc.textWithLink(link.url, MARGIN + indent, w.y + 3.5, { url: link.url });
		w.y += 5.5;
	}
}

/** The five levels, on one page: moved whole to the next page when they do not fit. */
function drawLegend(w: Writer, legend: Report['legend']) {
	const indent = 12;
	const heights = legend.levels.map(
		(l) =>
			w.measure(l.name, 10.5, w.inner - indent, true) + w.measure(l.text, 9.5, w.inner - indent) + 3
	);
	const total =
		w.measure(legend.heading, 16, w.inner, true) +
		w.measure(legend.intro, 10) +
		heights.reduce((a, b) => a + b, 0) +
		14;
	w.y += 6;
	w.ensure(total);
	w.text(legend.heading, 16, { bold: true, colour: PRIMARY, gap: 2.5 });
	w.text(legend.intro, 10, { gap: 4 });
	for (const level of legend.levels) {
		const top = w.y;
		w.doc.setFillColor(...PRIMARY);
		w.doc.roundedRect(MARGIN, top, 8, 8, 1.2, 1.2, 'F');
		w.doc.setFont(FONT, 'bold');
		w.doc.setFontSize(12);
		w.doc.setTextColor(255, 255, 255);
		w.doc.text(String(level.level), MARGIN + 4, top + 5.6, { align: 'center' });
		w.text(level.name, 10.5, { bold: true, indent, gap: 0.6 });
		w.text(level.text, 9.5, { indent, gap: 3 });
	}
}

function drawResults(w: Writer, report: Report, images: ChartImages) {
	const { summary, charts, users } = report;
	// Strengths and gaps are on page one already; here the figures and the charts follow on.
	w.heading(summary.title, 18, 60);
	w.text(summary.intro, 10, { gap: 3 });
	w.plainTable(summary.scores, [w.inner * 0.4]);
	const barWidth = Math.min(BAR.mm, w.inner);
	const barHeight = barWidth * (BAR.height / BAR.width);
	w.heading(charts.bar, 12, barHeight);
	w.doc.addImage(images.pdf.bar, 'JPEG', MARGIN, w.y, barWidth, barHeight, 'bar');
	w.y += barHeight + 4;
	const radarHeight = RADAR.mm * (RADAR.height / RADAR.width);
	w.heading(charts.radar, 12, radarHeight);
	w.doc.addImage(
		images.pdf.radar,
		'JPEG',
		MARGIN + (w.inner - RADAR.mm) / 2,
		w.y,
		RADAR.mm,
		radarHeight,
		'radar'
	);
	w.y += radarHeight + 4;
	// Without figures the users' view is one sentence, and page one says it already.
	if (!users?.table) return;
	w.heading(users.heading, 13, 20);
	w.text(users.tookPart, 10.5, { bold: true, gap: 2 });
	if (users.intro) w.text(users.intro, 10, { gap: 3 });
	w.plainTable(users.table, [w.inner * 0.46]);
	if (users.questionsHeading) w.heading(users.questionsHeading, 11, 10);
	w.bullets(users.questions, 10);
}

function drawProgress(w: Writer, progress: Report['progress']) {
	if (!progress) return;
	w.heading(progress.heading, 15, 40);
	w.plainTable(progress.table, [w.inner * 0.4]);
	if (!progress.done) return;
	w.heading(progress.done.heading, 12, 10);
	w.bullets(progress.done.items, 10);
}

/**
 * Each topic a table headed by one row that names it with its figures, so the name repeats when
 * a topic runs onto a new page. The column names are said once, above the first topic.
 */
function drawDetail(w: Writer, detail: Report['detail']) {
	w.heading(detail.heading, 18, 60);
	// Two facts a row: they are short, and a row each took a fifth of a page.
	const facts: string[][] = [];
	for (let i = 0; i < detail.facts.length; i += 2) facts.push(detail.facts.slice(i, i + 2).flat());
	w.table(
		{
			body: facts,
			alternateRowStyles: { fillColor: [255, 255, 255] },
			didParseCell: (data) => {
				if (data.column.index % 2 === 0) data.cell.styles.textColor = MUTED;
			}
		},
		[w.inner * 0.17, w.inner * 0.33, w.inner * 0.17]
	);
	detail.dimensions.forEach((dimension, i) => {
		const columns = dimension.table.head.length;
		const topic = [
			{
				content: `${dimension.title} · ${dimension.score}`,
				colSpan: columns,
				styles: { fillColor: TINT, textColor: PRIMARY, fontSize: 10 }
			}
		];
		w.ensure(30);
		w.table(
			{
				head: i === 0 ? [dimension.table.head, topic] : [topic],
				body: dimension.table.body,
				alternateRowStyles: { fillColor: [244, 246, 246] }
			},
			columns === 4
				? [w.inner * 0.38, w.inner * 0.17, w.inner * 0.16]
				: [w.inner * 0.45, w.inner * 0.2]
		);
		w.y -= 2;
	});
}

/** Page numbers and the footer on every page. */
function drawFooters(w: Writer, report: Report) {
	const { doc } = w;
	const pages = doc.getNumberOfPages();
	for (let page = 1; page <= pages; page++) {
		doc.setPage(page);
		doc.setFont(FONT, 'normal');
		doc.setFontSize(8);
		doc.setTextColor(...MUTED);
		doc.setDrawColor(201, 209, 212);
		const y = w.height - MARGIN + 2;
		doc.line(MARGIN, y, w.width - MARGIN, y);
		doc.text(report.footer, MARGIN, y + 5);
		doc.text(report.page(page, pages), w.width - MARGIN, y + 5, { align: 'right' });
	}
}

export async function renderPdf(report: Report, charts: ChartImages): Promise<Blob> {
	const { doc, autoTable } = await takeDoc();
	const { meta } = report;
	doc.setProperties({
		title: meta.title,
		subject: meta.subject,
		author: meta.author,
		creator: meta.creator
	});
	doc.setLanguage(meta.language as 'en-US');
	doc.viewerPreferences({ DisplayDocTitle: true });

	const w = new Writer(doc, autoTable);
	drawBoard(w, report);
	drawRoadmap(w, report.roadmap);
	drawLegend(w, report.legend);
	drawResults(w, report, charts);
	drawProgress(w, report.progress);
	drawDetail(w, report.detail);
	drawHandbook(w, report.handbook);
	drawFooters(w, report);
	const blob = doc.output('blob');
	// The next export finds its document ready, fonts read.
	setTimeout(() => void preparePdf(), 0);
	return blob;
}
