// The window's navigation guard, driven with a stand-in webContents: foreign navigations, redirects,
// frame navigations, popups and <webview>s are all refused; the app's own page is let through.
import { describe, expect, it, vi } from 'vitest';
import { type GuardedContents, guardNavigation } from '../../../electron/main/navigationGuard';
import { makeSenderCheck } from '../../../electron/main/senderCheck';

type Listener = (event: { url?: string; preventDefault(): void }, ...rest: unknown[]) => void;

function standInContents() {
  const listeners = new Map<string, Listener[]>();
  let windowOpenHandler: ((details: { url: string }) => unknown) | undefined;
  const contents = {
    on(name: string, listener: Listener) {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
      windowOpenHandler = handler;
    },
  };
  /** Emits like Electron: listeners in order; true when some listener called preventDefault. */
  const emit = (name: string, url?: string): boolean => {
    const preventDefault = vi.fn();
    for (const listener of listeners.get(name) ?? []) listener({ url, preventDefault }, url);
    return preventDefault.mock.calls.length > 0;
  };
  return {
    contents: contents as unknown as GuardedContents,
    listeners,
    emit,
    openWindow: (url: string) => windowOpenHandler?.({ url }),
  };
}

const NAVIGATIONS = ['will-navigate', 'will-redirect', 'will-frame-navigate'] as const;

describe.each([
  {
    build: 'dev server',
    check: makeSenderCheck({ devUrl: 'http://localhost:5173', rendererIndexPath: '/x' }, 'linux'),
    own: 'http://localhost:5173/#/calendar',
    foreign: [
      'https://evil.example/',
      'http://localhost:5173.evil.com/',
      'http://localhost:5173@evil.com/',
      'http://localhost:5174/',
      'file:///home/ada/leads.csv',
    ],
  },
  {
    build: 'built renderer',
    check: makeSenderCheck({ rendererIndexPath: '/opt/BeBack/out/renderer/index.html' }, 'linux'),
    own: 'file:///opt/BeBack/out/renderer/index.html#/counter',
    foreign: [
      'file:///opt/BeBack/out/renderer/index.html.evil',
      'file:///home/ada/leads.csv',
      'file://evil.example/opt/BeBack/out/renderer/index.html',
      'https://evil.example/',
    ],
  },
])('guardNavigation with the $build', ({ check, own, foreign }) => {
  it.each(NAVIGATIONS)('%s refuses every other origin or file', (name) => {
    const { contents, emit } = standInContents();
    guardNavigation(contents, check);
    for (const url of foreign) expect(emit(name, url), `${name} ${url}`).toBe(true);
  });

  it.each(NAVIGATIONS)('%s lets the app reload itself', (name) => {
    const { contents, emit } = standInContents();
    guardNavigation(contents, check);
    expect(emit(name, own)).toBe(false);
  });

  it('refuses a missing or unparsable target', () => {
    const { contents, emit } = standInContents();
    guardNavigation(contents, check);
    for (const name of NAVIGATIONS) {
      expect(emit(name, undefined)).toBe(true);
      expect(emit(name, 'not a url')).toBe(true);
    }
  });

  it('refuses every <webview> and denies every window.open, even of its own page', () => {
    const { contents, emit, openWindow } = standInContents();
    guardNavigation(contents, check);
    expect(emit('will-attach-webview', own)).toBe(true);
    expect(openWindow(own)).toEqual({ action: 'deny' });
    expect(openWindow('https://evil.example/')).toEqual({ action: 'deny' });
  });
});
