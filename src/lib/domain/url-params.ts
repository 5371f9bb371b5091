/** The value for `?from=` that brings a reader back to one question. */
export function questionReturnPath(questionPage: string, questionId: string): string {
	return `${questionPage}#question-${questionId}`;
}

/**
 * Where a device passed round may go by link or by the back button: the cover screen that hands
 * it on, and questions pages in pass mode, only those of `participantId` once someone answers.
 */
export function isKioskPath(to: URL, assessmentId: string, participantId?: string): boolean {
	const path = to.pathname.replace(/^\/[a-z]{2}(?=\/)/, '');
	const base = `/assessment/${assessmentId}`;
	if (path === `${base}/pass/`) return to.search === '';
	if (!new RegExp(`^${base}/questions/[a-z0-9-]+/$`).test(path)) return false;
	const params = to.searchParams;
	const as = params.get('as');
	return (
		params.get('pass') === '1' &&
		[...params.keys()].length === 2 &&
		as !== null &&
		(participantId === undefined || as === participantId)
	);
}
