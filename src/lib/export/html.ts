/**
 * The accessible report: the board report's content (report.ts) as one self-contained web page.
 * Real headings, lists and tables with headers, the language set, charts with their figures in
 * a table beside them, inline styles and no script: it opens in any browser, offline, and a
 * screen reader reads it in order. A tagged PDF is beyond jspdf; this is the alternative.
 */
import type { ChartImages } from './chart-images';
import type { Report, Table } from './report';

const escape = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Text with its line breaks kept. */
const para = (text: string) => escape(text).replace(/\n/g, '<br>');

function table(t: Table, caption: string, rowHeaders = true): string {
	const head = t.head.map((h) => `<th scope="col">${escape(h)}</th>`).join('');
	const body = t.body
		.map(
			(row) =>
				`<tr>${row
					.map((cell, i) =>
						i === 0 && rowHeaders ? `<th scope="row">${para(cell)}</th>` : `<td>${para(cell)}</td>`
					)
					.join('')}</tr>`
		)
		.join('\n');
	return `<table><caption>${escape(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

const list = (items: string[]) =>
	`<ul>${items.map((item) => `<li>${para(item)}</li>`).join('')}</ul>`;

const STYLE = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  color: #1b1f22; background: #fff; line-height: 1.5; margin: 0 auto; padding: 1rem; max-width: 60rem; }
header { background: #1d5c63; color: #fff; padding: 1rem 1.25rem; border-radius: 0.25rem; }
header p { margin: 0.25rem 0; }
h1 { margin: 0.25rem 0; font-size: 1.8rem; }
h2 { color: #1d5c63; margin-top: 2.5rem; border-bottom: 2px solid #c9d1d4; padding-bottom: 0.25rem; }
h3 { color: #1d5c63; margin-top: 1.5rem; }
.stage { font-size: 1.3rem; font-weight: 700; margin: 0.25rem 0; }
.muted { color: #4d5a61; }
.ask { background: #e8f2f3; border-left: 0.4rem solid #1d5c63; padding: 0.5rem 1rem; }
ol.priorities li { margin-bottom: 0.75rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.95rem; }
caption { text-align: left; font-weight: 700; padding: 0.25rem 0; }
th, td { border: 1px solid #c9d1d4; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #1d5c63; color: #fff; }
tbody th { font-weight: 600; }
dl.levels dt { font-weight: 700; margin-top: 0.75rem; }
dl.levels dd { margin-left: 0; }
img { max-width: 100%; height: auto; display: block; margin: 0.5rem auto; }
a { color: #15597a; }
footer { margin-top: 3rem; font-size: 0.9rem; }
@media print { h2 { break-before: page; } h2, h3 { break-after: avoid; } tr { break-inside: avoid; } }
`;

/** The whole report as an HTML document (a string, ready to save as a file). */
export function reportHtml(report: Report, images: ChartImages): string {
	const { cover, board, roadmap, legend, summary, users, progress, detail, handbook } = report;
	const parts: string[] = [];
	parts.push(`<header>
<p>${escape(cover.title)}</p>
<h1>${escape(cover.organisation)}</h1>
${cover.label ? `<p>${escape(cover.label)}</p>` : ''}
<p>${escape(cover.line)}</p>
</header>`);

	parts.push(`<main>
<section aria-labelledby="board">
<h2 id="board">${escape(board.title)}</h2>
<p class="muted">${escape(board.stage.heading)}</p>
<p class="stage">${escape(board.stage.value)}</p>
${board.stage.explanation ? `<p>${escape(board.stage.explanation)}</p>` : ''}
${board.text.map((t) => `<p>${escape(t)}</p>`).join('\n')}
${board.floor ? `<p><strong>${escape(board.floor)}</strong></p>` : ''}
<h3>${escape(board.priorities.heading)}</h3>
${board.priorities.none ? `<p>${escape(board.priorities.none)}</p>` : ''}
${
	board.priorities.items.length > 0
		? `<ol class="priorities">${board.priorities.items
				.map(
					(p) =>
						`<li><strong>${escape(p.title)}</strong>${p.firstStep ? `<br>${escape(p.firstStep)}` : ''}<br><span class="muted">${escape(p.owner)} · ${escape(p.due)}</span></li>`
				)
				.join('\n')}</ol>`
		: ''
}
${board.ask ? `<div class="ask"><h3>${escape(board.ask.heading)}</h3><p>${escape(board.ask.text)}</p></div>` : ''}
${[board.changes, board.users]
	.flatMap((l) => (l ? [`<h3>${escape(l.heading)}</h3>${list(l.lines)}`] : []))
	.join('\n')}
</section>`);

	parts.push(`<section aria-labelledby="roadmap">
<h2 id="roadmap">${escape(roadmap.heading)}</h2>
${roadmap.status ? `<p>${escape(roadmap.status)}</p>` : ''}
${roadmap.phases
	.map((phase) =>
		phase.none
			? `<h3>${escape(phase.title)}</h3><p>${escape(phase.none)}</p>`
			: `<h3>${escape(phase.title)}</h3>${table({ head: roadmap.head, body: phase.rows }, phase.title)}`
	)
	.join('\n')}

</section>`);

	parts.push(`<section aria-labelledby="levels">
<h2 id="levels">${escape(legend.heading)}</h2>
<p>${escape(legend.intro)}</p>
<dl class="levels">${legend.levels
		.map((l) => `<dt>${l.level} · ${escape(l.name)}</dt><dd>${escape(l.text)}</dd>`)
		.join('')}</dl>
</section>`);

	parts.push(`<section aria-labelledby="results">
<h2 id="results">${escape(summary.title)}</h2>
<p>${escape(summary.intro)}</p>
${table(summary.scores, summary.title)}
${summary.floor ? `<h3>${escape(summary.floor.heading)}</h3>${list(summary.floor.lines)}` : ''}
${[summary.strengths, summary.gaps]
	.filter((l) => l.items.length > 0)
	.map((l) => `<h3>${escape(l.heading)}</h3>${list(l.items)}`)
	.join('\n')}
<h3>${escape(report.charts.radar)}</h3>
<img src="${images.radar}" alt="${escape(`${report.charts.radar}: ${summary.scores.body.map((r) => `${r[0]} ${r[1]}`).join('; ')}`)}" width="${images.sizes.radar.width}" height="${images.sizes.radar.height}">
<h3>${escape(report.charts.bar)}</h3>
<img src="${images.bar}" alt="${escape(`${report.charts.bar}: ${summary.scores.body.map((r) => `${r[0]} ${r[1]} / ${r[2]}`).join('; ')}`)}" width="${images.sizes.bar.width}" height="${images.sizes.bar.height}">
${
	users
		? `<h3>${escape(users.heading)}</h3><p><strong>${escape(users.tookPart)}</strong></p>${users.intro ? `<p>${escape(users.intro)}</p>` : ''}${users.table ? table(users.table, users.heading) : ''}${users.questionsHeading ? `<h4>${escape(users.questionsHeading)}</h4>` : ''}${users.questions.length > 0 ? list(users.questions) : ''}`
		: ''
}
</section>`);

	if (progress) {
		parts.push(`<section aria-labelledby="progress">
<h2 id="progress">${escape(progress.heading)}</h2>
${table(progress.table, progress.heading)}
${progress.done ? `<h3>${escape(progress.done.heading)}</h3>${list(progress.done.items)}` : ''}
</section>`);
	}

	parts.push(`<section aria-labelledby="appendix">
<h2 id="appendix">${escape(detail.heading)}</h2>
<dl>${detail.facts.map(([k, v]) => `<dt>${escape(k)}</dt><dd>${escape(v)}</dd>`).join('')}</dl>
${detail.dimensions
	.map(
		(d) =>
			`<h3>${escape(d.title)}</h3><p class="muted">${escape(d.score)}</p>${table(d.table, d.title)}`
	)
	.join('\n')}
</section>
${
	handbook.links.length > 0
		? `<section aria-labelledby="handbook"><h2 id="handbook">${escape(handbook.heading)}</h2><p>${escape(handbook.intro)}</p><ul>${handbook.links
				.map((l) => `<li><a href="${escape(l.url)}">${escape(l.title)}</a></li>`)
				.join('')}</ul></section>`
		: ''
}
</main>`);

	parts.push(
		`<footer class="muted"><p>${escape(report.footer)}</p><p>${escape(cover.prepared)}</p></footer>`
	);

	return `<!doctype html>
<html lang="${escape(report.meta.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="author" content="${escape(report.meta.author)}">
<meta name="generator" content="${escape(report.meta.creator)}">
<meta name="description" content="${escape(report.meta.subject)}">
<title>${escape(report.meta.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${parts.join('\n')}
</body>
</html>
`;
}
