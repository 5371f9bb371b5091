/** The export page's buttons: PDF, CSV and backup of one assessment. */
import { mergeRoadmap } from '$lib/domain/roadmap';
import { newId } from '$lib/domain/new-id';
import { z } from '$lib/domain/zod';
import { answersCsv } from '$lib/export/csv';
import { buildReport } from '$lib/export/report';
import { getStore } from '$lib/storage';
import { resultsOf, type AssessmentPageData } from './assessment-page';
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

export async function exportPdf(
	data: AssessmentPageData,
	locale: string,
	base: string
): Promise<string> {
	const { assessment } = data;
	const results = resultsOf(data, data.pack);
	// A roadmap nobody has opened yet is exported as it would first be generated.
	const roadmapItems = data.roadmapItems.length
		? data.roadmapItems
		: mergeRoadmap([], planFor(data, data.pack, await loadRoadmapOptions()).items, {
				assessmentId: assessment.id,
				newId,
				now: Date.now()
			});
	const report = buildReport({ ...data, roadmapItems }, data.pack, results, locale, base, today());
	const titles = new Map(data.pack.dimensions.map((d) => [d.id, d.title]));
	const [{ chartImages }, { renderPdf }] = await Promise.all([
		import('$lib/export/chart-images'),
		import('$lib/export/pdf')
	]);
	const name = fileName(assessment.organisation.name, assessment.date, 'roadmap.pdf');
	const blob = await renderPdf(report, await chartImages(results, titles), {
		title: `${report.title} – ${assessment.organisation.name}`,
		language: locale
	});
	downloadBlob(name, blob);
	return name;
}

export function exportCsv(data: AssessmentPageData, locale: string): string {
	const name = fileName(data.assessment.organisation.name, data.assessment.date, 'answers.csv');
	downloadBlob(
		name,
		new Blob([answersCsv(data, data.pack, locale)], { type: 'text/csv;charset=utf-8' })
	);
	return name;
}
