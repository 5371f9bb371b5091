/**
 * The example's own words: participant roles, notes and reasons, as the team would have typed
 * them. Sample data, not UI text: a language without an entry here falls back to English.
 */
export interface ExampleTexts {
	label: string;
	previousLabel: string;
	region: string;
	participants: string[];
	/** Notes by question id, each from one participant (index into participants). */
	notes: Record<string, [number, string][]>;
	/** Agreed levels with the team's reason. */
	consensus: Record<string, [1 | 2 | 3 | 4 | 5, string]>;
	ownItem: { title: string; note: string };
	editedNote: string;
	/** What the team asks of its board, on the board report's first page. */
	boardAsk: string;
}

export const EXAMPLE_TEXTS: Record<string, ExampleTexts> = {
	en: {
		label: 'Strategy day, spring',
		previousLabel: 'First round',
		region: 'Mecklenburg Lake District',
		participants: [
			'Anna (managing director)',
			'Jonas (social worker)',
			'Marta (volunteer coordinator)',
			'Olga (parent, user panel)',
			'Henrik (board)'
		],
		notes: {
			'leadership-strategy-plans': [
				[0, 'Involvement is in our mission statement since 2021, but not in the yearly plan.'],
				[3, 'We were asked about the new opening hours – and then nothing happened.']
			],
			'leadership-meeting-users': [[3, 'Anna comes to the parents’ café about twice a year.']],
			'culture-speaking-about-users': [
				[1, 'In case meetings we still say “the difficult families”.']
			],
			'needs-hard-to-reach': [
				[2, 'Fathers and the Ukrainian families who came in 2022 hardly come to us.'],
				[3, 'Many mothers in the outer villages have no car.']
			],
			'co-design-when-users-join': [[1, 'The holiday programme was planned by staff only again.']],
			'co-delivery-peer-support': [
				[2, 'Three mothers run the Tuesday breakfast on their own now.']
			],
			'power-user-council': [[3, 'Our parents’ council meets, but it has no budget and no say.']],
			'power-users-on-board': [
				[4, 'The statutes would allow a seat for a parent. Nobody has asked yet.']
			],
			'resources-getting-there': [
				[3, 'The last bus leaves at 4 pm. Evening meetings are impossible without a lift.']
			],
			'resources-language': [[1, 'Flyers only in German; we need Ukrainian and Arabic.']],
			'resources-consent': [
				[2, 'We still post photos from the summer party without asking everyone.']
			],
			'culture-privacy': [[3, 'In the village everyone sees my car outside the family centre.']],
			'networks-partners': [[0, 'Good contacts with the municipality, the parish and the school.']],
			'innovation-ideas': [[2, 'Two mothers want to start a sewing repair service.']],
			'learning-you-said-we-did': [[3, 'I never heard what happened with the survey.']]
		},
		consensus: {
			'leadership-strategy-plans': [2, 'In the mission statement, but no goals and no budget yet.'],
			'power-user-council': [2, 'The council exists but only advises; Olga’s view was decisive.'],
			'resources-getting-there': [2, 'Lifts depend on goodwill; nothing is planned or budgeted.']
		},
		ownItem: {
			title: 'Ask the district about an evening bus on Thursdays',
			note: 'Henrik knows the transport committee.'
		},
		editedNote: 'Olga and Marta prepare the first meeting.',
		boardAsk:
			'We ask the board to fund lifts to evening meetings (about 600 € a year) and to offer a parent a seat on the board by the autumn.'
	},
	de: {
		label: 'Strategietag im Frühjahr',
		previousLabel: 'Erste Runde',
		region: 'Mecklenburgische Seenplatte',
		participants: [
			'Anna (Geschäftsführung)',
			'Jonas (Sozialarbeit)',
			'Marta (Koordination Ehrenamt)',
			'Olga (Mutter, Elternrat)',
			'Henrik (Vorstand)'
		],
		notes: {
			'leadership-strategy-plans': [
				[0, 'Beteiligung steht seit 2021 im Leitbild, aber nicht in der Jahresplanung.'],
				[3, 'Zu den neuen Öffnungszeiten wurden wir gefragt – danach kam nichts mehr.']
			],
			'leadership-meeting-users': [[3, 'Anna kommt etwa zweimal im Jahr ins Elterncafé.']],
			'culture-speaking-about-users': [
				[1, 'In Fallbesprechungen reden wir immer noch von den „schwierigen Familien“.']
			],
			'needs-hard-to-reach': [
				[2, 'Väter und die ukrainischen Familien, die 2022 gekommen sind, erreichen wir kaum.'],
				[3, 'Viele Mütter in den Außendörfern haben kein Auto.']
			],
			'co-design-when-users-join': [
				[1, 'Das Ferienprogramm haben wieder nur die Fachkräfte geplant.']
			],
			'co-delivery-peer-support': [
				[2, 'Drei Mütter machen das Dienstagsfrühstück inzwischen allein.']
			],
			'power-user-council': [
				[3, 'Unser Elternrat trifft sich, hat aber kein Budget und nichts zu entscheiden.']
			],
			'power-users-on-board': [
				[4, 'Die Satzung würde einen Vorstandssitz für Eltern erlauben. Gefragt hat noch niemand.']
			],
			'resources-getting-there': [
				[3, 'Der letzte Bus fährt um 16 Uhr. Abends geht ohne Mitfahrgelegenheit nichts.']
			],
			'resources-language': [
				[1, 'Flyer gibt es nur auf Deutsch; wir bräuchten Ukrainisch und Arabisch.']
			],
			'resources-consent': [
				[2, 'Fotos vom Sommerfest stellen wir immer noch online, ohne alle zu fragen.']
			],
			'culture-privacy': [[3, 'Im Dorf sieht jeder mein Auto vor dem Familienzentrum.']],
			'networks-partners': [[0, 'Guter Draht zur Gemeinde, zur Kirchengemeinde und zur Schule.']],
			'innovation-ideas': [[2, 'Zwei Mütter wollen einen Näh- und Reparaturdienst anfangen.']],
			'learning-you-said-we-did': [[3, 'Was aus der Umfrage geworden ist, habe ich nie erfahren.']]
		},
		consensus: {
			'leadership-strategy-plans': [2, 'Im Leitbild ja, aber noch ohne Ziele und ohne Budget.'],
			'power-user-council': [2, 'Der Elternrat berät nur; Olgas Sicht gab den Ausschlag.'],
			'resources-getting-there': [
				2,
				'Mitfahrten hängen am guten Willen; nichts ist geplant oder budgetiert.'
			]
		},
		ownItem: {
			title: 'Beim Landkreis nach einem Abendbus am Donnerstag fragen',
			note: 'Henrik kennt den Verkehrsausschuss.'
		},
		editedNote: 'Olga und Marta bereiten das erste Treffen vor.',
		boardAsk:
			'Wir bitten den Vorstand, Fahrten zu Abendtreffen zu bezahlen (etwa 600 € im Jahr) und bis zum Herbst einen Sitz im Vorstand für ein Elternteil anzubieten.'
	}
};
