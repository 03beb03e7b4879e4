import { expect } from 'chai';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { opener } from '../../src/node/open-browser.js';
import { runCli } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/kit.js';
import { tempDir } from '../helpers/temp.js';

/** A GET with a chosen Host header (fetch does not let a test set it). */
function get(url: string, host?: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const req = request({ host: u.hostname, port: u.port, path: u.pathname, headers: host ? { host } : {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Reads Server-Sent Events until one named `event` arrives. */
function nextEvent(url: string, event: string, onOpen: () => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(url, (res) => {
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => {
        buffer += d;
        if (buffer.startsWith('retry:') && !buffer.includes('event:')) onOpen();
        const m = new RegExp(`event: ${event}\\ndata: (.*)\\n\\n`).exec(buffer);
        if (m) {
          req.destroy();
          resolve(m[1]!);
        }
      });
    });
    req.on('error', (e) => ((e as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(e)));
    req.end();
  });
}

describe('cli: gesprekskit preview', function () {
  this.timeout(120_000);
  let school: string;
  let url: string;
  const out: string[] = [];
  const stop = new AbortController();
  let running: Promise<number>;

  before(async () => {
    school = join(tempDir(), 'kit');
    const init = await runCli(['init', school, '--school', 'Atheneum Noord', '--logo', join(FIXTURES, 'school', 'logo.png')], process.cwd());
    expect(init.code, init.err).to.equal(0);
    writeFileSync(join(school, 'klas-3b.csv'), 'naam;klas\nSara Peeters;3B\n');
    mkdirSync(join(school, 'output', 'voorbeeld'), { recursive: true });
    writeFileSync(join(school, 'output', 'voorbeeld', 'notes.md'), 'not input');
    running = main(['preview', '--port', '0', '--no-open'], { out: (l) => out.push(l), err: (l) => out.push(l), cwd: school, signal: stop.signal });
    for (let i = 0; i < 600 && !url; i++) {
      const m = /^gesprekskit preview: (http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(out.join('\n'));
      if (m) url = m[1]!;
      else await new Promise((r) => setTimeout(r, 100));
    }
    expect(url, out.join('\n')).to.be.a('string');
  });

  after(async () => {
    stop.abort();
    expect(await running).to.equal(0);
  });

  it('serves the web app on 127.0.0.1 with the folder’s lessons, templates, sources, config and logo', async () => {
    const page = await get(url);
    expect(page.status).to.equal(200);
    expect(page.body).to.include(">Maak de PDF's<");
    const manifest = JSON.parse((await get(`${url}manifest.json`)).body) as { school: { path: string }[]; preview: { folder: string; config?: string } };
    const paths = manifest.school.map((f) => f.path);
    expect(paths).to.include.members(['gesprekskit.config.yaml', 'logo.png', 'lessons/voorbeeld.yaml', 'lessons/sources/interview-somers.md', 'templates/worksheet.hbs']);
    expect(manifest.preview).to.deep.equal({ folder: school, config: 'gesprekskit.config.yaml' });
    const lesson = await get(`${url}school/lessons/voorbeeld.yaml`);
    expect([lesson.status, lesson.type]).to.deep.equal([200, 'text/yaml; charset=utf-8']);
  });

  it('never serves a class list, built output or anything outside the folder', async () => {
    const manifest = JSON.parse((await get(`${url}manifest.json`)).body) as { school: { path: string }[] };
    expect(manifest.school.map((f) => f.path).filter((p) => p.endsWith('.csv') || p.startsWith('output/') || p.startsWith('schema/'))).to.deep.equal([]);
    for (const path of ['school/klas-3b.csv', 'school/output/voorbeeld/notes.md', 'school/../package.json', 'school/%2e%2e/%2e%2e/etc/passwd']) {
      expect((await get(url + path)).status, path).to.equal(404);
    }
  });

  it('answers only requests addressed to itself (no DNS rebinding from another site)', async () => {
    expect((await get(url, 'evil.example:80')).status).to.equal(403);
    expect((await get(url, `localhost:${new URL(url).port}`)).status).to.equal(200);
  });

  it('tells open pages when a file in the folder changes', async () => {
    const event = nextEvent(`${url}events`, 'change', () => writeFileSync(join(school, 'lessons', 'voorbeeld.yaml'), '# edited\n'));
    expect(JSON.parse(await event)).to.deep.equal({ files: ['lessons/voorbeeld.yaml'] });
    expect(out.join('\n')).to.match(/^(gewijzigd|changed): lessons\/voorbeeld\.yaml$/m);
  });

  it('keeps following a lessons folder that is deleted and made again', async () => {
    const lessons = join(school, 'lessons');
    const text = readFileSync(join(lessons, 'voorbeeld.yaml'));
    const gone = nextEvent(`${url}events`, 'change', () => rmSync(lessons, { recursive: true, force: true }));
    expect((JSON.parse(await gone) as { files: string[] }).files).to.include('lessons');
    const back = nextEvent(`${url}events`, 'change', () => {
      mkdirSync(lessons);
      writeFileSync(join(lessons, 'voorbeeld.yaml'), text);
    });
    expect((JSON.parse(await back) as { files: string[] }).files).to.include('lessons/voorbeeld.yaml');
    const manifest = JSON.parse((await get(`${url}manifest.json`)).body) as { school: { path: string }[] };
    expect(manifest.school.map((f) => f.path)).to.include('lessons/voorbeeld.yaml');
  });

  it('says when the port is taken or not allowed, as a usage error', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    const taken = await runCli(['preview', '--port', String(port), '--no-open'], school);
    blocker.close();
    expect(taken.code).to.equal(2);
    expect(taken.err).to.include(`${port}`).and.to.include('[GK_PREVIEW_PORT_IN_USE]');
    const low = await runCli(['preview', '--port', '80', '--no-open'], school);
    expect(low.code).to.equal(2);
    expect(low.err).to.include('[GK_PREVIEW_PORT]');
  });

  it('opens a browser only where there is a desktop', () => {
    expect(opener('http://127.0.0.1:4310/', {}, 'linux')).to.equal(undefined);
    expect(opener('http://127.0.0.1:4310/', { DISPLAY: ':0' }, 'linux')).to.deep.equal(['xdg-open', ['http://127.0.0.1:4310/']]);
    expect(opener('http://127.0.0.1:4310/', {}, 'darwin')).to.deep.equal(['open', ['http://127.0.0.1:4310/']]);
    expect(opener('http://127.0.0.1:4310/', {}, 'win32')?.[0]).to.equal('cmd');
  });
});
