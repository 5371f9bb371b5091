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
const LINK: Rgb = [21, 89, 122];
/** Millimetres per point, and the line height as a share of the font size. */
const PT = 0.3528;
const LEADING = 1.22;
/** Space inside a table cell, in millimetres. */
const PADDING = 1.6;

/** A table column: a long one shares the width by `weight`, a short one takes at most `most`. */
interface Column {
	weight?: number;
	most?: number;
	bold?: boolean;
}

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
		options: Pick<
			UserOptions,
			'head' | 'body' | 'alternateRowStyles' | 'didParseCell' | 'didDrawCell'
		>,
		widths: number[],
		fontSize = 9,
		padding = PADDING
	) {
		this.autoTable(this.doc, {
			...options,
			startY: this.y,
			margin: { left: MARGIN, right: MARGIN, top: MARGIN, bottom: MARGIN + FOOT / 2 },
			rowPageBreak: 'avoid',
			styles: {
				font: FONT,
				fontSize,
				cellPadding: padding,
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

	/** The width of the widest line and of the longest word of some cells, in millimetres. */
	private natural(cells: string[], size: number, bold: boolean) {
		this.doc.setFont(FONT, bold ? 'bold' : 'normal');
		this.doc.setFontSize(size);
		const parts = cells.flatMap((cell) => cell.split('\n'));
		// Only the longest few by letters are measured: measuring is the slow part of the PDF.
		const longest = (texts: string[]) =>
			Math.max(
				0,
				...texts
					.sort((a, b) => b.length - a.length)
					.slice(0, 4)
					.map((text) => this.doc.getTextWidth(text))
			);
		return { line: longest(parts), word: longest(parts.flatMap((part) => part.split(/\s+/))) };
	}

	/**
	 * Column widths that fit the content: a short column (one with `most`) as wide as its
	 * longest line up to `most` millimetres, never narrower than its longest word (a word
	 * broken in two reads badly). Two long columns share what is left as makes the table
	 * shortest (a long title beside a short step wastes lines either way round); otherwise
	 * the long columns share it by their weights.
	 */
	fit(t: Table, columns: Column[], size: number, padding = PADDING): number[] {
		const cells = (i: number) => t.body.map((row) => row[i] ?? '');
		const widths = columns.map((column, i) => {
			const head = this.natural([t.head[i] ?? ''], size, true);
			const body = this.natural(cells(i), size, column.bold ?? false);
			const word = Math.max(head.word, body.word) + 2 * padding + 0.5;
			const line = Math.max(head.word, body.line) + 2 * padding + 0.5;
			return {
				word,
				fixed: column.most === undefined ? undefined : Math.max(word, Math.min(line, column.most))
			};
		});
		const rest = this.inner - widths.reduce((sum, w) => sum + (w.fixed ?? 0), 0);
		const flexible = columns.flatMap((c, i) => (c.most === undefined ? [i] : []));
		const weights = flexible.reduce((sum, i) => sum + (columns[i]!.weight ?? 1), 0);
		const result = widths.map(
			(w, i) => w.fixed ?? Math.max(w.word, (rest * (columns[i]!.weight ?? 1)) / weights)
		);
		if (flexible.length !== 2 || t.body.length === 0) return result;

		const [a, b] = flexible as [number, number];
		// Lines estimated from each paragraph's width: the search tries many widths, and
		// wrapping every cell at each (splitTextToSize) cost a tenth of a second on the example.
		const count = (i: number) => {
			this.doc.setFont(FONT, columns[i]!.bold ? 'bold' : 'normal');
			this.doc.setFontSize(size);
			const widths = cells(i).map((cell) =>
				cell.split('\n').map((part) => this.doc.getTextWidth(part))
			);
			return (width: number) =>
				widths.map((parts) =>
					parts.reduce(
						(sum, w) => sum + Math.max(1, Math.ceil((w * 1.08) / (width - 2 * padding))),
						0
					)
				);
		};
		const [linesOfA, linesOfB] = [count(a), count(b)];
		const others = t.body.map((row) =>
			Math.max(
				1,
				...row.map((cell, i) =>
					i === a || i === b ? 1 : this.lines(cell, size, result[i]! - 2 * padding).length
				)
			)
		);
		let best = { lines: Infinity, share: 0 };
		for (let share = 0.25; share <= 0.751; share += 0.05) {
			const left = rest * share;
			if (left < widths[a]!.word || rest - left < widths[b]!.word) continue;
			const [linesA, linesB] = [linesOfA(left), linesOfB(rest - left)];
			const lines = others.reduce((sum, n, r) => sum + Math.max(n, linesA[r]!, linesB[r]!), 0);
			if (lines < best.lines) best = { lines, share };
		}
		if (best.lines === Infinity) return result;
		result[a] = rest * best.share;
		result[b] = rest - result[a];
		return result;
	}

	/** How tall a table row is at these widths. */
	rowHeight(row: string[], widths: number[], size: number, padding = PADDING, bold = false) {
		const lines = row.map(
			(cell, i) => this.lines(cell, size, widths[i]! - 2 * padding, bold).length
		);
		return Math.max(...lines) * size * PT * 1.15 + 2 * padding;
	}

	plainTable(t: Table, widths: number[] = []) {
		this.table(
			{ head: [t.head], body: t.body, alternateRowStyles: { fillColor: [244, 246, 246] } },
			widths,
			9,
			1.2
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
	if (board.floor) w.text(board.floor, 10, { bold: true, gap: 1.5 });

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

const ROADMAP_COLUMNS: Record<RoadmapColumn, Column> = {
	action: { weight: 3, bold: true },
	firstStep: { weight: 5 },
	owner: { most: 34 },
	due: { most: 24 },
	status: { most: 24 }
};
const ROADMAP_SIZE = 8;
const ROADMAP_PADDING = 1.2;

/**
 * The roadmap follows on from page one where there is room for its start, rather than leave
 * half a page empty. A phase's heading stays with the table's head and first row.
 */
function drawRoadmap(w: Writer, roadmap: Report['roadmap']) {
	const all: Table = { head: roadmap.head, body: roadmap.phases.flatMap((p) => p.rows) };
	const widths = w.fit(
		all,
		roadmap.columns.map((c) => ROADMAP_COLUMNS[c]),
		ROADMAP_SIZE,
		ROADMAP_PADDING
	);
	const start = (phase: Report['roadmap']['phases'][number]) =>
		phase.none
			? 8
			: w.rowHeight(roadmap.head, widths, ROADMAP_SIZE, ROADMAP_PADDING, true) +
				w.rowHeight(phase.rows[0]!, widths, ROADMAP_SIZE, ROADMAP_PADDING) +
				3;
	w.y += 6;
	w.ensure(w.measure(roadmap.heading, 16, w.inner, true) + 20 + start(roadmap.phases[0]!));
	w.text(roadmap.heading, 16, { bold: true, colour: PRIMARY, gap: 2.5 });
	if (roadmap.status) w.text(roadmap.status, 10, { gap: 1 });
	for (const phase of roadmap.phases) {
		w.heading(phase.title, 13, start(phase));
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
			ROADMAP_SIZE,
			ROADMAP_PADDING
		);
	}
}

/**
 * The handbook entries the roadmap refers to, in two columns, each title a link; the address
 * above them serves a reader of the printed page (a list of full addresses took a page).
 */
function drawHandbook(w: Writer, handbook: Report['handbook']) {
	const { links } = handbook;
	if (links.length === 0) return;
	const half = Math.ceil(links.length / 2);
	const rows = Array.from({ length: half }, (_, r) => [links[r]!, links[r + half]]);
	const body = rows.map((pair) => pair.map((link) => link?.title ?? ''));
	const width = w.inner / 2;
	w.heading(
		handbook.heading,
		13,
		w.measure(handbook.intro, 9.5) + w.rowHeight(body[0]!, [width, width], 8.5, 0.8) + 4
	);
	w.text(handbook.intro, 9.5, { gap: 1 });
	w.table(
		{
			body,
			alternateRowStyles: { fillColor: [255, 255, 255] },
			didParseCell: (data) => {
				data.cell.styles.textColor = LINK;
			},
			didDrawCell: (data) => {
				const link = rows[data.row.index]?.[data.column.index];
				if (data.section !== 'body' || !link) return;
				w.doc.link(data.cell.x, data.cell.y, data.cell.width, data.cell.height, { url: link.url });
			}
		},
		[width, width],
		8.5,
		0.8
	);
}

/**
 * The five levels, kept together (moved whole to the next page when they do not fit): each a
 * row of number, name and what it means.
 */
function drawLegend(w: Writer, legend: Report['legend']) {
	const { doc } = w;
	const nameAt = 10;
	const textAt = 52;
	const line = (size: number) => size * PT * LEADING;
	const rows = legend.levels.map((level) => {
		const name = w.lines(level.name, 10, textAt - nameAt - 3, true);
		const text = w.lines(level.text, 9.5, w.inner - textAt);
		return {
			level,
			name,
			text,
			height: Math.max(7, name.length * line(10), text.length * line(9.5)) + 2.5
		};
	});
	const total =
		w.measure(legend.heading, 16, w.inner, true) +
		w.measure(legend.intro, 10) +
		rows.reduce((sum, r) => sum + r.height, 0) +
		10;
	w.y += 6;
	w.ensure(total);
	w.text(legend.heading, 16, { bold: true, colour: PRIMARY, gap: 2.5 });
	w.text(legend.intro, 10, { gap: 3 });
	for (const row of rows) {
		const top = w.y;
		doc.setFillColor(...PRIMARY);
		doc.roundedRect(MARGIN, top, 7, 7, 1.2, 1.2, 'F');
		doc.setFont(FONT, 'bold');
		doc.setFontSize(11);
		doc.setTextColor(255, 255, 255);
		doc.text(String(row.level.level), MARGIN + 3.5, top + 5, { align: 'center' });
		doc.setFontSize(10);
		doc.setTextColor(...TEXT);
		doc.text(row.name, MARGIN + nameAt, top + 10 * PT + 0.6, { lineHeightFactor: LEADING });
		doc.setFont(FONT, 'normal');
		doc.setFontSize(9.5);
		doc.text(row.text, MARGIN + textAt, top + 9.5 * PT + 0.6, { lineHeightFactor: LEADING });
		w.y += row.height;
	}
}

/** The radar and the bar chart side by side, each under its title, kept together. */
function chartsBlock(w: Writer, titles: Report['charts'], images: ChartImages) {
	const radar = {
		mm: RADAR.mm,
		height: RADAR.mm * (images.sizes.radar.height / images.sizes.radar.width)
	};
	const bar = { mm: BAR.mm, height: BAR.mm * (images.sizes.bar.height / images.sizes.bar.width) };
	const size = 11;
	const heads = [
		w.lines(titles.radar, size, radar.mm, true),
		w.lines(titles.bar, size, bar.mm, true)
	];
	const headHeight = Math.max(...heads.map((h) => h.length)) * size * PT * LEADING + 2;
	const height = headHeight + Math.max(radar.height, bar.height);
	const draw = () => {
		const { doc } = w;
		const right = MARGIN + w.inner - bar.mm;
		w.ensure(height);
		doc.setFont(FONT, 'bold');
		doc.setFontSize(size);
		doc.setTextColor(...PRIMARY);
		doc.text(heads[0]!, MARGIN, w.y + size * PT, { lineHeightFactor: LEADING });
		doc.text(heads[1]!, right, w.y + size * PT, { lineHeightFactor: LEADING });
		w.y += headHeight;
		doc.addImage(images.pdf.radar, 'JPEG', MARGIN, w.y, radar.mm, radar.height, 'radar');
		doc.addImage(images.pdf.bar, 'JPEG', right, w.y, bar.mm, bar.height, 'bar');
		w.y += Math.max(radar.height, bar.height) + 4;
	};
	return { height, draw };
}

function drawResults(w: Writer, report: Report, images: ChartImages) {
	const { summary, charts, users } = report;
	// Strengths and gaps are on page one already; here the charts and the figures follow on.
	// The charts, which cannot break, come first where they fit on this page; where they do
	// not, the table (which can) fills the page first, rather than leave its foot empty.
	const block = chartsBlock(w, charts, images);
	const intro = w.measure(summary.intro, 10) + 3;
	const first = w.y + 5 + w.measure(summary.title, 16, w.inner, true) + intro + block.height;
	w.heading(summary.title, 16, intro + 30);
	w.text(summary.intro, 10, { gap: 3 });
	if (first <= w.bottom) {
		block.draw();
		w.plainTable(summary.scores, [w.inner * 0.4]);
	} else {
		w.plainTable(summary.scores, [w.inner * 0.4]);
		block.draw();
	}
	if (summary.floor) {
		w.heading(summary.floor.heading, 13, 20);
		w.bullets(summary.floor.lines, 9.5);
	}
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
	const { table } = progress;
	const rounds = table.head.length - 1;
	const widths = [w.inner * 0.4, ...table.head.slice(1).map(() => (w.inner * 0.6) / rounds)];
	// The heading stays with the table's head and its first two rows.
	const start = [table.head, ...table.body.slice(0, 2)].reduce(
		(sum, row) => sum + w.rowHeight(row, widths, 9, 1.2),
		2
	);
	w.heading(progress.heading, 16, start);
	w.plainTable(table, widths);
	if (!progress.done) return;
	w.heading(progress.done.heading, 12, 10);
	w.bullets(progress.done.items, 10);
}

const DETAIL_SIZE = 8;
const DETAIL_PADDING = 1;

/**
 * The topics follow on as one table, each opened by a row that names it with its figures, so the
 * name repeats when a topic runs onto a new page. The column names are said once, above the
 * first topic. Smaller print than the rest: it is the appendix, looked things up in.
 */
function drawDetail(w: Writer, detail: Report['detail']) {
	w.heading(detail.heading, 16, 50);
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
		[w.inner * 0.17, w.inner * 0.33, w.inner * 0.17],
		DETAIL_SIZE,
		DETAIL_PADDING
	);
	w.y -= 2;
	const first = detail.dimensions[0];
	if (!first) return;
	const columns: Column[] =
		first.table.head.length === 4
			? [{ weight: 4 }, { most: 30 }, { most: 30 }, { weight: 3 }]
			: [{ weight: 4 }, { most: 34 }, { weight: 3 }];
	const widths = w.fit(
		{ head: first.table.head, body: detail.dimensions.flatMap((d) => d.table.body) },
		columns,
		DETAIL_SIZE,
		DETAIL_PADDING
	);
	detail.dimensions.forEach((dimension, i) => {
		const topic = [
			{
				content: `${dimension.title} · ${dimension.score}`,
				colSpan: widths.length,
				styles: { fillColor: TINT, textColor: PRIMARY, fontSize: 8.5 }
			}
		];
		// The topic's row stays with its first question.
		const firstRow = dimension.table.body[0];
		w.ensure(
			(i === 0 ? w.rowHeight(first.table.head, widths, DETAIL_SIZE, DETAIL_PADDING) : 0) +
				w.rowHeight([topic[0]!.content], [w.inner], 8.5, DETAIL_PADDING, true) +
				(firstRow ? w.rowHeight(firstRow, widths, DETAIL_SIZE, DETAIL_PADDING) : 0) +
				2
		);
		w.table(
			{
				head: i === 0 ? [first.table.head, topic] : [topic],
				body: dimension.table.body,
				alternateRowStyles: { fillColor: [244, 246, 246] }
			},
			widths,
			DETAIL_SIZE,
			DETAIL_PADDING
		);
		w.y -= 5;
	});
	w.y += 5;
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
