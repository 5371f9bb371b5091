import type { AssessmentModel } from '$lib/domain/model';
import { m } from '$lib/paraglide/messages';

/** What the radar and bar charts plot, on screen and in the PDF: the model's numbers as shown. */
export function chartData(model: AssessmentModel) {
	return {
		labels: model.dimensions.map((d) => d.title),
		scores: model.dimensions.map((d) => d.score),
		targets: model.dimensions.map((d) => d.target),
		texts: {
			current: m.results_chart_current(),
			target: m.results_chart_target(),
			score: m.results_chart_score()
		}
	};
}
