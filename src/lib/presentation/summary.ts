import type { AssessmentModel } from '$lib/domain/model';
import { m } from '$lib/paraglide/messages';
import { formatList } from './labels';

/** The results summary in sentences, shared by the results page and the PDF. */
export function summarySentences(model: AssessmentModel, locale: string): string[] {
	const list = (items: { title: string }[]) =>
		formatList(
			items.map((d) => d.title),
			locale
		);
	const sentences: string[] = [];
	if (model.strengths.length > 0) {
		sentences.push(m.results_summary_strengths({ list: list(model.strengths) }));
	}
	const scored = model.dimensions.some((d) => d.score !== null);
	if (model.gaps.length > 0) sentences.push(m.results_summary_gaps({ list: list(model.gaps) }));
	else if (scored) sentences.push(m.results_summary_no_gaps());
	if (model.notEnough.length > 0) {
		sentences.push(m.results_summary_not_enough({ list: list(model.notEnough) }));
	}
	if (model.withoutLevel > 0) {
		sentences.push(m.results_summary_coverage({ count: model.withoutLevel }));
	}
	return sentences;
}

/** For a team: how many questions use an agreed level and how many the median. */
export function sourcesSentence(model: AssessmentModel): string {
	return [
		m.results_sources_consensus({ count: model.sources.consensus }),
		m.results_sources_median({ count: model.sources.median })
	].join(' ');
}
