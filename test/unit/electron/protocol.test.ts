import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  appFilePath,
  contentTypeOf,
  createAppProtocolHandler,
} from '../../../electron/main/protocol';

const root = '/opt/Touchstone/resources/app.asar/out/renderer';

describe('the app:// scheme', () => {
  it('is a standard, secure scheme that other origins cannot read and CSP does not skip', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    });
    expect(APP_ENTRY_URL).toBe('app://touchstone/index.html');
  });

  it('names files inside the renderer folder', () => {
    expect(appFilePath('app://touchstone/index.html', root)).toBe(`${root}/index.html`);
    expect(appFilePath('app://touchstone/', root)).toBe(`${root}/index.html`);
    expect(appFilePath('app://touchstone/assets/index-abc.js?v=1#x', root)).toBe(
      `${root}/assets/index-abc.js`,
    );
    expect(appFilePath('app://touchstone/assets/a%20b.css', root)).toBe(`${root}/assets/a b.css`);
  });

  it('refuses a path that climbs out of the folder, however it is written', () => {
    for (const url of [
      'app://touchstone/..%2f..%2fsecret.txt',
      'app://touchstone/assets/..%2F..%2F..%2Fsecret.txt',
      'app://touchstone/%2e%2e%2f%2e%2e%2fetc/passwd',
      'app://touchstone/..%2f',
      'app://touchstone/index.html%00.png',
      'app://touchstone/%E0%A4%A',
    ])
      expect(appFilePath(url, root), url).toBeNull();
    // What the URL parser itself resolves ("/../../etc/passwd") stays inside the folder.
    expect(appFilePath('app://touchstone/../../etc/passwd', root)).toBe(`${root}/etc/passwd`);
  });

  it('serves no other scheme or host', () => {
    for (const url of [
      'file:///etc/passwd',
      'app://evil.example/index.html',
      'https://touchstone/index.html',
      'app:index.html',
      'not a url',
    ])
      expect(appFilePath(url, root), url).toBeNull();
  });

  it('gives each kind of file its content type', () => {
    expect(contentTypeOf('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('assets/score.worker-x.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('assets/index.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('no-extension')).toBe('application/octet-stream');
  });
});

describe('the app:// handler', () => {
  let dir: string;
  let renderer: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'touchstone-protocol-'));
    renderer = path.join(dir, 'renderer');
    await mkdir(path.join(renderer, 'assets'), { recursive: true });
    await writeFile(path.join(renderer, 'index.html'), '<!doctype html><title>Touchstone</title>');
    await writeFile(path.join(renderer, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(path.join(dir, 'secret.txt'), 'the main process’s own files');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const handler = (
    read = vi.fn((file: string) => readFile(file).then((b) => new Uint8Array(b))),
  ) => ({
    read,
    handle: createAppProtocolHandler(renderer, read),
  });

  it('serves the app’s own files with their content type', async () => {
    const { handle } = handler();
    const page = await handle(new Request('app://touchstone/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    // The page reaches no server itself: team sync goes out from the main process.
    expect(page.headers.get('content-security-policy')).toBe("connect-src 'self' blob:");
    expect(await page.text()).toContain('<title>Touchstone</title>');
    const script = await handle(new Request('app://touchstone/assets/app.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
  });

  it('refuses a path that climbs out, without reading it', async () => {
    const { handle, read } = handler();
    const response = await handle(new Request('app://touchstone/..%2fsecret.txt'));
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('own files');
    expect(read).not.toHaveBeenCalled();
  });

  it('answers 404 for what is not there, and 405 to anything but GET and HEAD', async () => {
    const { handle } = handler();
    expect((await handle(new Request('app://touchstone/nothing.js'))).status).toBe(404);
    expect((await handle(new Request('app://touchstone/assets'))).status).toBe(404);
    expect(
      (await handle(new Request('app://touchstone/index.html', { method: 'POST', body: 'x' })))
        .status,
    ).toBe(405);
    const head = await handle(new Request('app://touchstone/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
