import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.woff2': 'font/woff2',
	'.webmanifest': 'application/manifest+json',
	'.png': 'image/png',
	'.ttf': 'font/ttf'
};

/**
 * A plain static host as the README describes it: files as they are, folder/index.html for a
 * folder, and 200.html for every address it has no file for. No SvelteKit, no Vite.
 */
export async function serveStatic(dir: string): Promise<{ origin: string; close: () => void }> {
	const server: Server = createServer((request, response) => {
		void (async () => {
			const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
			let file = normalize(join(dir, path));
			if (!file.startsWith(dir)) file = join(dir, '200.html');
			const isFile = await stat(file).then(
				(s) => s.isFile(),
				() => false
			);
			const isFolder = !isFile && (await stat(join(file, 'index.html')).catch(() => false));
			const chosen = isFile ? file : isFolder ? join(file, 'index.html') : join(dir, '200.html');
			response.writeHead(200, {
				'content-type': TYPES[extname(chosen)] ?? 'application/octet-stream'
			});
			response.end(await readFile(chosen));
		})();
	});
	// Port 0: the system picks a free one, so this never collides with another server.
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}
