import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

// The floor: the smallest static SvelteKit page that still does something when clicked, with the
// same head essentials as ours (language, title, description, viewport), so that only the
// app's own weight differs.
const files: Record<string, string> = {
	'package.json': JSON.stringify({ name: 'bare', private: true, type: 'module' }),
	'svelte.config.js': `import adapter from '@sveltejs/adapter-static';
export default { kit: { adapter: adapter() } };
`,
	'vite.config.js': `import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
export default defineConfig({ plugins: [sveltekit()], logLevel: 'warn' });
`,
	'src/app.html': `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		%sveltekit.head%
	</head>
	<body data-sveltekit-preload-data="hover">
		<div style="display: contents">%sveltekit.body%</div>
	</body>
</html>
`,
	'src/routes/+layout.ts': `export const prerender = true;
`,
	'src/routes/+page.svelte': `<script>
	let count = $state(0);
</script>

<svelte:head>
	<title>Bare SvelteKit page</title>
	<meta name="description" content="The smallest SvelteKit page, to compare against." />
</svelte:head>

<main>
	<h1>Bare SvelteKit page</h1>
	<p>A static page that hydrates, as a floor for the app's figures.</p>
	<button onclick={() => count++}>Clicked {count} times</button>
</main>
`
};

/** Builds the bare page with the project's own svelte, kit and vite; returns the build folder. */
export function buildBare(projectRoot: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'bench-bare-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	symlinkSync(resolve(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
	const vite = resolve(projectRoot, 'node_modules/vite/bin/vite.js');
	const run = spawnSync(process.execPath, [vite, 'build'], { cwd: dir, stdio: 'inherit' });
	if (run.status !== 0) throw new Error('The bare SvelteKit page did not build');
	return join(dir, 'build');
}
