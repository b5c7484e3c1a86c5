// Keeps the BeBack window on BeBack: no foreign navigation, redirect, frame navigation, popup or <webview>.
// Only type imports from electron, so unit tests drive it with stand-in webContents and events.
import type { WebContents } from 'electron';
import { isAllowedNavigation, type UrlCheck } from './senderCheck';

/** The part of an Electron navigation event the guard reads: the target URL and the veto. */
interface NavigationEvent {
  url: string;
  preventDefault(): void;
}

export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function guardNavigation(contents: GuardedContents, isAppUrl: UrlCheck): void {
  const refuseForeign = (event: NavigationEvent): void => {
    if (!isAllowedNavigation(event.url, isAppUrl)) event.preventDefault();
  };
  // A link or a dropped file in the main frame.
  contents.on('will-navigate', refuseForeign);
  // A server redirect: an allowed URL must not hand the window over to another origin or file.
  contents.on('will-redirect', refuseForeign);
  // Any frame, subframes included (will-navigate only sees the main frame).
  contents.on('will-frame-navigate', refuseForeign);
  // webviewTag is off already; refusing here also covers a preference turned on by mistake.
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
