import { existsSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

import type { NextFunction, Request, RequestHandler, Response } from 'express';

// The console's build writes name.br and name.gz beside each text asset (apps/web/vite.config.ts, precompress).
// This sends the best one the browser accepts, with Content-Encoding, before the plain static handler runs; the
// plain file is still served to a client that accepts neither.
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};
const ENCODINGS = [
  { token: 'br', suffix: '.br' },
  { token: 'gzip', suffix: '.gz' },
] as const;

// Tokens the client accepts (q=0 refuses one).
export function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [token = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (token && !(q && Number(q.slice(2)) === 0)) {
      accepted.add(token);
    }
  }
  return accepted;
}

export function precompressedAssets(dir: string, cacheControl: (path: string) => string): RequestHandler {
  const root = normalize(dir + sep);
  return (req: Request, res: Response, next: NextFunction) => {
    const type = TYPES[extname(req.path)];
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !type) {
      return next();
    }
    let file: string;
    try {
      file = normalize(join(root, decodeURIComponent(req.path)));
    } catch {
      return next();
    }
    if (!file.startsWith(root)) {
      return next();
    }
    const accepted = acceptedEncodings(req.headers['accept-encoding']);
    const encoding = ENCODINGS.find((e) => (accepted.has(e.token) || accepted.has('*')) && existsSync(file + e.suffix));
    res.setHeader('Vary', 'Accept-Encoding');
    if (!encoding) {
      return next();
    }
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Encoding', encoding.token);
    res.setHeader('Cache-Control', cacheControl(file));
    res.sendFile(file + encoding.suffix, (err) => (err ? next(err) : undefined));
  };
}
