/** The export page's buttons: PDF, accessible report, CSV, calendar and backup of one assessment. */
import { buildModel, type AssessmentModel } from '$lib/domain/model';
import { mergeRoadmap } from '$lib/domain/roadmap';
import { newId } from '$lib/domain/new-id';
import { z } from '$lib/domain/zod-mini';
import { answersCsv, roadmapCsv, roadmapIcs, scoresCsv } from '$lib/export/csv';
import { buildReport } from '$lib/export/report';
import type { OpenAssessment } from '$lib/state/open-assessment.svelte';
import { getStore } from '$lib/storage';
import { today } from './dates';
import { downloadBlob, fileName } from './download';
import { loadRoadmapOptions, planFor } from './roadmap';

const BASE_KEY = 'export.handbookBase';
const baseSchema = z.url({ protocol: /^https?$/ });

/** Where the PDF's handbook links point: the user's choice, or where the app is served from. */
export async function handbookBase(): Promise<string> {
	return (await getStore().getSetting(BASE_KEY, baseSchema)) ?? location.origin;
}

export async function saveHandbookBase(value: string): Promise<boolean> {
	const parsed = baseSchema.safeParse(value.trim());
	if (parsed.success) await getStore().setSetting(BASE_KEY, parsed.data);
	return parsed.success;
}

let prepared: { source: AssessmentModel; model: AssessmentModel } | undefined;

/** The model the exports show: a roadmap nobody has opened yet as it would first be generated. */
async function exportModel(open: OpenAssessment): Promise<AssessmentModel> {
	const source = open.model;
	if (source.roadmap.length > 0) return source;
	if (prepared?.source === source) return prepared.model;
	const { assessment } = open.snapshot;
	const items = mergeRoadmap([], planFor(source, await loadRoadmapOptions()).items, {
		assessmentId: assessment.id,
		newId,
		now: Date.now()
	});
	const model = buildModel({
		snapshot: { ...open.snapshot, roadmapItems: items },
		pack: open.pack,
		earlier: open.earlier,
		companions: open.companions
	});
	prepared = { source, model };
	return model;
}

/**
 * Runs while the user is on the export page: loads jspdf, reads the fonts and draws the charts,
 * so that the click on "Download PDF" only has to lay the pages out.
 */
export async function prepareExport(open: OpenAssessment): Promise<void> {
	const [{ chartImages }, { preparePdf }] = await Promise.all([
		import('$lib/export/chart-images'),
		import('$lib/export/pdf')
	]);
	await Promise.all([preparePdf(), exportModel(open).then(chartImages)]);
}

async function reportAndCharts(open: OpenAssessment, locale: string, base: string) {
	// Only a web address ever becomes a link in a report (never javascript: or file:).
	if (!baseSchema.safeParse(base).success) base = location.origin;
	const model = await exportModel(open);
	const { chartImages } = await import('$lib/export/chart-images');
	const report = buildReport(model, { locale, handbookBase: base, today: today() });
	return { model, report, images: await chartImages(model) };
}

export async function exportPdf(
	open: OpenAssessment,
	locale: string,
	base: string
): Promise<string> {
	const { assessment } = open.snapshot;
	const [{ report, images }, { renderPdf }] = await Promise.all([
		reportAndCharts(open, locale, base),
		import('$lib/export/pdf')
	]);
	const name = fileName(assessment.organisation.name, assessment.date, 'roadmap.pdf');
	downloadBlob(name, await renderPdf(report, images));
	return name;
}

/** The same report as one web page that works offline and reads well with a screen reader. */
export async function exportHtml(
	open: OpenAssessment,
	locale: string,
	base: string
): Promise<string> {
	const { assessment } = open.snapshot;
	const [{ report, images }, { reportHtml }] = await Promise.all([
		reportAndCharts(open, locale, base),
		import('$lib/export/html')
	]);
	const name = fileName(assessment.organisation.name, assessment.date, 'report.html');
	downloadBlob(name, new Blob([reportHtml(report, images)], { type: 'text/html;charset=utf-8' }));
	return name;
}

export async function exportRoadmapCsv(
	open: OpenAssessment,
	locale: string,
	base: string
): Promise<string> {
	const model = await exportModel(open);
	return downloadCsv(model, 'roadmap.csv', roadmapCsv(model, locale, base));
}

/** The due dates as a calendar file; undefined when no open item has a date. */
export async function exportCalendar(
	open: OpenAssessment,
	locale: string
): Promise<string | undefined> {
	const model = await exportModel(open);
	const ics = roadmapIcs(model, locale, Date.now());
	if (!ics) return undefined;
	const { assessment } = model.snapshot;
	const name = fileName(assessment.organisation.name, assessment.date, 'roadmap.ics');
	downloadBlob(name, new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
	return name;
}

function downloadCsv(model: AssessmentModel, suffix: string, csv: string): string {
	const { assessment } = model.snapshot;
	const name = fileName(assessment.organisation.name, assessment.date, suffix);
	downloadBlob(name, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
	return name;
}

export const exportAnswersCsv = (model: AssessmentModel, locale: string): string =>
	downloadCsv(model, 'answers.csv', answersCsv(model, locale));

export const exportScoresCsv = (model: AssessmentModel, locale: string): string =>
	downloadCsv(model, 'scores.csv', scoresCsv(model, locale));
