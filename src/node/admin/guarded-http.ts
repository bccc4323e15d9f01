/**
 * A small HTTP server for a person's browser on this machine (the executor's admin port, a
 * requester's watch page): loopback only, one secret token, strict headers.
 *
 * The token reaches the browser once, in the URL fragment (never sent to any server) or typed into
 * the login form; the page posts it in an Authorization header to /login and gets an HttpOnly,
 * SameSite=Strict cookie for this port. Data routes take that cookie or `Authorization: Bearer
 * TOKEN` (scrapers, curl). Nothing logs requests, so the token is in no server log. A Host header
 * other than this loopback port is refused (a DNS-rebinding page cannot read the data), and every
 * answer carries a Content-Security-Policy that allows only this origin's own scripts.
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AirtntError } from '../../util/errors.js';
import { packageRoot } from '../../util/paths.js';

export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** Browser sessions kept per server (oldest dropped first): each is one login. */
const MAX_COOKIE_SESSIONS = 64;
export const MIN_TOKEN_CHARS = 16;

export type GuardedServerOptions = {
  token: string;
  /** 0 picks a free port. */
  port: number;
  /** Folder under web/ with index.html and its assets, plus web/common.* shared by both pages. */
  page: 'admin' | 'watch';
};

export type GuardedServer = {
  app: FastifyInstance;
  /** Call once the data routes are added. */
  listen(): Promise<{ url: string; port: number }>;
  close(): Promise<void>;
};

export function checkToken(token: string): void {
  if (token.length < MIN_TOKEN_CHARS || !/^[\x21-\x7e]+$/.test(token)) {
    throw new AirtntError('ADMIN_TOKEN_WEAK', `the admin token must be at least ${MIN_TOKEN_CHARS} printable characters without spaces`, {
      details: { length: token.length },
      hint: 'give no token to have one generated into the data directory',
    });
  }
}

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** The static files each page may serve: a fixed list, so no path from a request reaches the disk. */
const ASSETS: Record<string, { file: string; type: string }> = {
  '/static/common.js': { file: 'common.js', type: 'text/javascript; charset=utf-8' },
  '/static/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
};

export function createGuardedServer(options: GuardedServerOptions): GuardedServer {
  checkToken(options.token);
  const tokenDigest = digest(options.token);
  const sessions = new Set<string>();
  let port = options.port;
  const cookieName = () => `airtnt_${options.page}_${port}`;
  const webDir = join(packageRoot(), 'web');
  const pageAssets: Record<string, { path: string; type: string }> = {
    '/': { path: join(webDir, options.page, 'index.html'), type: 'text/html; charset=utf-8' },
    [`/static/${options.page}.js`]: { path: join(webDir, options.page, `${options.page}.js`), type: 'text/javascript; charset=utf-8' },
  };
  for (const [route, asset] of Object.entries(ASSETS)) pageAssets[route] = { path: join(webDir, asset.file), type: asset.type };
  const loaded = new Map<string, { body: Buffer; type: string }>();
  for (const [route, asset] of Object.entries(pageAssets)) loaded.set(route, { body: readFileSync(asset.path), type: asset.type });

  const app = Fastify({ logger: false, bodyLimit: 1024 });
  const bearerOk = (request: FastifyRequest): boolean => {
    const header = request.headers.authorization;
    if (typeof header !== 'string' || !header.startsWith('Bearer ')) return false;
    return timingSafeEqual(digest(header.slice(7).trim()), tokenDigest);
  };
  const cookieOk = (request: FastifyRequest): boolean => {
    const header = request.headers.cookie;
    if (typeof header !== 'string' || header.length > 4096) return false;
    for (const part of header.split(';')) {
      const [name, value] = part.trim().split('=', 2);
      if (name === cookieName() && value !== undefined && sessions.has(value)) return true;
    }
    return false;
  };

  app.addHook('onRequest', async (request, reply) => {
    reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Cache-Control', 'no-store');
    const host = request.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}` && host !== `[::1]:${port}`) {
      return reply.code(421).type('text/plain').send('wrong Host: open this page at http://127.0.0.1:PORT/');
    }
    const path = request.url.split('?')[0]!;
    if (request.method === 'GET' && (loaded.has(path) || path === '/favicon.ico')) return undefined;
    if (path === '/login' && request.method === 'POST') return undefined;
    if (bearerOk(request) || cookieOk(request)) return undefined;
    return reply.code(401).header('WWW-Authenticate', 'Bearer').send({ error: 'UNAUTHORIZED', hint: 'send Authorization: Bearer TOKEN, or log in on the page' });
  });

  for (const [route, asset] of loaded) {
    app.get(route, async (_request, reply: FastifyReply) => reply.type(asset.type).send(asset.body));
  }
  // Browsers ask for it unprompted; there is none.
  app.get('/favicon.ico', async (_request, reply) => reply.code(204).send());
  app.post('/login', async (request, reply) => {
    if (!bearerOk(request)) return reply.code(401).send({ error: 'UNAUTHORIZED', hint: 'the token is wrong' });
    const session = randomBytes(32).toString('base64url');
    sessions.add(session);
    if (sessions.size > MAX_COOKIE_SESSIONS) sessions.delete(sessions.values().next().value!);
    reply.header('Set-Cookie', `${cookieName()}=${session}; HttpOnly; SameSite=Strict; Path=/`);
    return reply.code(204).send();
  });

  return {
    app,
    async listen() {
      const address = await app.listen({ host: '127.0.0.1', port: options.port });
      port = Number(new URL(address).port);
      return { url: `http://127.0.0.1:${port}/`, port };
    },
    close: () => app.close(),
  };
}
