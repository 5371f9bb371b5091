import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf'
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt']);

function resolveFile(root: string, pathname: string): string | undefined {
	const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const direct = join(root, path);
	if (existsSync(direct) && statSync(direct).isFile()) return direct;
	const index = join(direct, 'index.html');
	if (existsSync(index)) return index;
	// Like a static host with the SPA fallback: only page addresses, never a missing asset.
	const fallback = join(root, '200.html');
	return !extname(path) && existsSync(fallback) ? fallback : undefined;
}

/**
 * Serves a static build the way a static host does: gzip for text, long caching for hashed
 * assets, `200.html` for page addresses without a file. The app and the bare page are served
 * by this same code, so that neither gets an advantage from the server.
 */
export function serveStatic(root: string, port: number): Promise<Server> {
	const gzipped = new Map<string, Buffer>();
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const file = resolveFile(root, url.pathname);
		if (!file) {
			response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
			return;
		}
		const ext = extname(file);
		const headers: Record<string, string> = {
			'content-type': types[ext] ?? 'application/octet-stream',
			'cache-control': url.pathname.includes('/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache'
		};
		let body: Buffer = readFileSync(file);
		if (compressible.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
			const cached: Buffer = gzipped.get(file) ?? gzipSync(body);
			gzipped.set(file, cached);
			body = cached;
			headers['content-encoding'] = 'gzip';
			headers.vary = 'accept-encoding';
		}
		response.writeHead(200, headers).end(body);
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve(server));
	});
}
