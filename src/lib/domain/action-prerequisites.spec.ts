import { describe, expect, it } from 'vitest';
import { shippedPack } from '$lib/test-data/shipped';
import type { PackAction } from './pack';
import { FOUNDATION_LEVEL } from './model';

/*
 * The README's rule for `requires`, checked over the whole shipped pack: an action that pays
 * users, sends them to interview or research other users, or has them help or visit others on
 * their own puts the matching safeguard first. The lists are the judgement; the text checks
 * below make sure that a new or reworded action is judged too.
 */
const pack = shippedPack('empowerment');
const byId = new Map(pack.actions.map((a) => [a.id, a]));

const BENEFIT_CHECK = 'co-delivery-check-benefit-rules';
const CONSENT_SHEET = 'resources-consent-sheet';
const SAFETY_RULES = 'resources-write-safety-rules';

/** Users are paid for their time, a fee or a paid role. */
const PAYS_USERS = [
	'leadership-strategy-review-with-users',
	'culture-users-on-interview-panels',
	'leadership-user-co-coordinator',
	'culture-users-check-your-wording',
	'culture-users-tell-their-own-story',
	'culture-coproduction-in-induction',
	'culture-train-staff-and-users-together',
	'culture-mixed-action-learning-set',
	'culture-users-train-staff',
	'needs-users-interview-alongside-staff',
	'needs-train-peer-researchers',
	'needs-agree-priorities-with-theory-of-change',
	'culture-go-through-your-own-service',
	'co-design-users-as-facilitators',
	'co-design-standing-design-group',
	'co-delivery-mixed-delivery-team',
	'co-delivery-peer-led-teams',
	'co-delivery-first-peer-role',
	'co-delivery-employ-experts-by-experience',
	'culture-lived-experience-counts-in-hr',
	'leadership-pathway-into-leadership',
	'power-start-user-panel',
	'resources-write-payment-rule',
	'resources-pay-users-fees',
	'resources-users-review-payment-rules',
	'resources-bilingual-users-check-and-co-lead',
	'resources-users-run-digital-help',
	'networks-joint-funding-application',
	'networks-users-full-members',
	'networks-users-speak-in-public',
	'innovation-founders-coach-new-groups',
	'learning-peer-researchers-evaluate',
	'learning-theory-of-change-with-users',
	'learning-mixed-action-learning'
];

/** Mention pay for time or a fee, but pay no user: money is only counted or budgeted, the
 * people paid are not users, or the action is the benefit check itself and its follow-up. */
const PAY_MENTIONED_BUT_NO_USER_PAID = [
	'resources-work-out-involvement-costs',
	'resources-involvement-costs-in-applications',
	'resources-involvement-budget-line',
	'leadership-coproduction-budget-line',
	'needs-reach-through-trusted-people',
	BENEFIT_CHECK,
	'co-delivery-rules-for-users-who-help'
];

/** Users interview, survey or research other users: consent for those asked, safety rules for both. */
const USERS_ASK_OTHER_USERS = [
	'needs-users-interview-alongside-staff',
	'needs-train-peer-researchers',
	'needs-fund-user-led-research',
	'learning-peer-researchers-evaluate',
	'learning-user-group-feedback-round'
];

/** Users are interviewed for a piece of work: consent first. */
const USERS_INTERVIEWED = ['co-design-experience-based-redesign'];

/** Interviews that are not about users' lives: a user on a job interview panel, and the sheet itself. */
const INTERVIEW_MENTIONED_BUT_NOT_OF_USERS = ['culture-users-on-interview-panels', CONSENT_SHEET];

/** Users help others one to one (peer or digital help), visit people or give rides. */
const USERS_HELP_OR_VISIT_OTHERS = [
	'co-delivery-regular-helper-tasks',
	'co-delivery-mixed-delivery-team',
	'co-delivery-peer-led-teams',
	'co-delivery-first-peer-role',
	'resources-users-run-digital-help'
];

const text = (a: PackAction) => `${a.title} ${a.what} ${a.firstStep}`;
/** Pay for work: for time, as trainer or adviser, a fee, a wage or a paid role. */
const PAY_FOR_WORK =
	/\b(pay|paid|payment)\b[^.;:,]{0,40}\b(time|trainers?|facilitators?|adviser|roles?|posts?|work)\b|\b(a|the|their|trainer’s) fees?\b|\bfees? for\b|\bwage\b|\bpay (them|a few users|experienced users|people who)\b/i;
const ASKS_PEOPLE = /\binterview|\bresearch|\bfeedback round\b/i;

describe('the shipped actions and their prerequisites', () => {
	it('name only actions that exist', () => {
		for (const id of [
			...PAYS_USERS,
			...PAY_MENTIONED_BUT_NO_USER_PAID,
			...USERS_ASK_OTHER_USERS,
			...USERS_INTERVIEWED,
			...INTERVIEW_MENTIONED_BUT_NOT_OF_USERS,
			...USERS_HELP_OR_VISIT_OTHERS
		]) {
			expect(byId.has(id), id).toBe(true);
		}
	});

	it('check benefit rules before any user is paid', () => {
		for (const id of PAYS_USERS) {
			expect(byId.get(id)?.requires ?? [], id).toContain(BENEFIT_CHECK);
		}
	});

	it('put consent and safety rules before users interview or research other users', () => {
		for (const id of USERS_ASK_OTHER_USERS) {
			expect(byId.get(id)?.requires ?? [], id).toEqual(
				expect.arrayContaining([CONSENT_SHEET, SAFETY_RULES])
			);
		}
		for (const id of USERS_INTERVIEWED) {
			expect(byId.get(id)?.requires ?? [], id).toContain(CONSENT_SHEET);
		}
	});

	it('put safety rules before users help, visit or drive others', () => {
		for (const id of USERS_HELP_OR_VISIT_OTHERS) {
			expect(byId.get(id)?.requires ?? [], id).toContain(SAFETY_RULES);
		}
	});

	it('leave no action that mentions pay for work or interviews unjudged', () => {
		const judged = new Set([...PAYS_USERS, ...PAY_MENTIONED_BUT_NO_USER_PAID]);
		const paying = pack.actions.filter((a) => PAY_FOR_WORK.test(text(a))).map((a) => a.id);
		expect(paying.filter((id) => !judged.has(id))).toEqual([]);
		const asked = new Set([
			...USERS_ASK_OTHER_USERS,
			...USERS_INTERVIEWED,
			...INTERVIEW_MENTIONED_BUT_NOT_OF_USERS
		]);
		const asking = pack.actions.filter((a) => ASKS_PEOPLE.test(text(a))).map((a) => a.id);
		expect(asking.filter((id) => !asked.has(id))).toEqual([]);
	});

	it('give no prerequisite to a step of a foundation up to level 3', () => {
		// The roadmap keeps such a step in Now or Next, but not what it requires (README).
		const foundations = new Set(
			pack.dimensions.flatMap((d) => d.questions.filter((q) => q.foundation).map((q) => q.id))
		);
		const offending = pack.actions.filter(
			(a) =>
				a.to <= FOUNDATION_LEVEL &&
				a.questions.some((q) => foundations.has(q)) &&
				(a.requires?.length ?? 0) > 0
		);
		expect(offending.map((a) => a.id)).toEqual([]);
	});
});
