/** The export page's buttons: PDF, CSV and backup of one assessment. */
import { buildModel, type AssessmentModel } from '$lib/domain/model';
import { mergeRoadmap } from '$lib/domain/roadmap';
import { newId } from '$lib/domain/new-id';
import { z } from '$lib/domain/zod';
import { answersCsv, scoresCsv } from '$lib/export/csv';
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

export async function exportPdf(
	open: OpenAssessment,
	locale: string,
	base: string
): Promise<string> {
	const { assessment } = open.snapshot;
	// Only a web address ever becomes a link in the PDF (never javascript: or file:).
	if (!baseSchema.safeParse(base).success) base = location.origin;
	// A roadmap nobody has opened yet is exported as it would first be generated.
	let model = open.model;
	if (model.roadmap.length === 0) {
		const items = mergeRoadmap([], planFor(model, await loadRoadmapOptions()).items, {
			assessmentId: assessment.id,
			newId,
			now: Date.now()
		});
		model = buildModel({
			snapshot: { ...open.snapshot, roadmapItems: items },
			pack: open.pack,
			earlier: open.earlier
		});
	}
	const report = buildReport(model, { locale, handbookBase: base, today: today() });
	const [{ chartImages }, { renderPdf }] = await Promise.all([
		import('$lib/export/chart-images'),
		import('$lib/export/pdf')
	]);
	const name = fileName(assessment.organisation.name, assessment.date, 'roadmap.pdf');
	const blob = await renderPdf(report, await chartImages(model), {
		title: `${report.cover.title} – ${assessment.organisation.name}`,
		language: locale
	});
	downloadBlob(name, blob);
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
