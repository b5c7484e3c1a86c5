import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, makeSenderCheck } from '../../../electron/main/senderCheck';

describe('makeSenderCheck with a dev server', () => {
  const check = makeSenderCheck({
    devUrl: 'http://localhost:5173',
    rendererIndexPath: '/app/out/renderer/index.html',
  });

  it.each([
    'http://localhost:5173',
    'http://localhost:5173/',
    'http://localhost:5173/index.html?x=1#/calendar',
    'HTTP://LOCALHOST:5173/',
  ])('accepts %s', (url) => {
    expect(check(url)).toBe(true);
  });

  it.each([
    'http://localhost:5173.evil.com/',
    'http://localhost:51730/',
    'http://localhost:517/',
    'http://localhost:5174/',
    'https://localhost:5173/',
    'http://127.0.0.1:5173/',
    'http://localhost:5173@evil.com/',
    'http://evil.com@localhost:5173/',
    'http://user:pass@localhost:5173/',
    'http://evil.com/http://localhost:5173/',
    'ws://localhost:5173/',
    'file:///app/out/renderer/index.html',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    '',
    'localhost:5173',
  ])('refuses %s', (url) => {
    expect(check(url)).toBe(false);
  });

  it('refuses a dev URL that is not http(s)', () => {
    expect(() => makeSenderCheck({ devUrl: 'file:///tmp/x.html', rendererIndexPath: '/x' })).toThrow();
  });
});

// POSIX paths: fileURLToPath and node:path follow the host, so this block describes Linux and macOS.
describe.skipIf(process.platform === 'win32')('makeSenderCheck for the built renderer', () => {
  const check = makeSenderCheck({ rendererIndexPath: '/opt/Be Back/out/renderer/index.html' }, 'linux');

  it.each([
    'file:///opt/Be%20Back/out/renderer/index.html',
    'file:///opt/Be%20Back/out/renderer/index.html#/calendar',
    'file:///opt/Be%20Back/out/renderer/../renderer/index.html',
    'file://localhost/opt/Be%20Back/out/renderer/index.html',
  ])('accepts %s', (url) => {
    expect(check(url)).toBe(true);
  });

  it.each([
    'file:///opt/Be%20Back/out/renderer/index.html.evil',
    'file:///opt/Be%20Back/out/renderer/other.html',
    'file:///opt/Be%20Back/out/renderer/',
    'file:///opt/Be%20Back/out/renderer%2Findex.html',
    'file:///tmp/index.html',
    'file://evil.example/opt/Be%20Back/out/renderer/index.html',
    'http://localhost:5173/',
    'https://evil.example/opt/Be%20Back/out/renderer/index.html',
  ])('refuses %s', (url) => {
    expect(check(url)).toBe(false);
  });
});

describe('isAllowedNavigation', () => {
  const check = makeSenderCheck({ devUrl: 'http://localhost:5173', rendererIndexPath: '/x' });

  it('allows the app reloading itself and refuses links and dropped files', () => {
    expect(isAllowedNavigation('http://localhost:5173/', check)).toBe(true);
    expect(isAllowedNavigation('https://example.com/', check)).toBe(false);
    expect(isAllowedNavigation('file:///home/ada/leads.csv', check)).toBe(false);
  });
});
