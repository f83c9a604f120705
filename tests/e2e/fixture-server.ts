/**
 * Serves tests/fixtures over HTTPS on loopback with a throwaway self-signed certificate, so that pages load under
 * real news host names (Chromium maps them here with --host-resolver-rules) and the production manifest applies.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';

const FIXTURES_DIR = resolve('tests/fixtures');
/** Hosts the test pages are served under: news sites from the default list, and one that is not on it. */
const FIXTURE_HOSTS = ['www.reuters.com', 'www.cnbc.com', 'techcrunch.com', 'www.example-blog.test'];

/** No inline script or style, nothing from elsewhere, no plug-ins, no framing: what DealLens must live with. */
const HOSTILE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; require-trusted-types-for 'script'";

export interface FixtureServer {
  port: number;
  hosts: string[];
  /** Every request the server saw, as "host path". */
  requests: string[];
  url(host: string, path: string): string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

function certificate(hosts: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'deallens-cert-'));
  const key = join(dir, 'k.pem');
  const cert = join(dir, 'c.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '2',
      '-subj',
      `/CN=${hosts[0]}`,
      '-addext',
      `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}`,
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

export async function startFixtureServer(hosts = FIXTURE_HOSTS): Promise<FixtureServer> {
  const requests: string[] = [];
  const server = createServer(certificate(hosts), (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'https://x').pathname);
    requests.push(`${req.headers.host ?? ''} ${path}`);
    const file = normalize(join(FIXTURES_DIR, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(FIXTURES_DIR) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    // Pages under /hostile/csp/ arrive with a strict policy, as locked-down news sites send it.
    if (path.startsWith('/hostile/csp/')) headers['content-security-policy'] = HOSTILE_CSP;
    res.writeHead(200, headers);
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    hosts,
    requests,
    url: (host, path) => `https://${host}${path.startsWith('/') ? path : `/${path}`}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
