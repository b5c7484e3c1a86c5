// Decides whether a URL is BeBack's own renderer page: used for IPC senders and for navigation.
import { normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface SenderCheckOptions {
  /** The electron-vite dev server URL (ELECTRON_RENDERER_URL); when set, only its origin is trusted. */
  devUrl?: string;
  /** Absolute path of the built renderer index.html; trusted only when no devUrl is set. */
  rendererIndexPath: string;
}

export type UrlCheck = (url: string) => boolean;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

// Windows paths are case-insensitive; elsewhere the exact bytes must match.
function comparable(path: string, platform: NodeJS.Platform): string {
  const normal = normalize(resolve(path));
  return platform === 'win32' ? normal.toLowerCase() : normal;
}

function makeOriginCheck(devUrl: string): UrlCheck {
  const dev = parse(devUrl);
  if (!dev || (dev.protocol !== 'http:' && dev.protocol !== 'https:')) {
    throw new Error(`The renderer dev URL is not an http(s) URL: ${devUrl}`);
  }
  return (url) => {
    const candidate = parse(url);
    if (candidate === null) return false;
    if (candidate.username !== '' || candidate.password !== '') return false; // userinfo has no place here
    // Origins compare scheme, host and port exactly: no prefix tricks like localhost:5173.evil.com.
    return candidate.origin === dev.origin;
  };
}

function makeFileCheck(rendererIndexPath: string, platform: NodeJS.Platform): UrlCheck {
  const expected = comparable(rendererIndexPath, platform);
  return (url) => {
    const candidate = parse(url);
    if (candidate === null) return false;
    if (candidate.protocol !== 'file:') return false;
    // file: URLs all share the opaque origin "null", so compare the decoded path instead.
    let path: string;
    try {
      path = fileURLToPath(candidate);
    } catch {
      return false; // a host (file://server/share) or an encoded separator: never our page
    }
    return comparable(path, platform) === expected;
  };
}

/** The check for IPC senders: the dev server's origin in development, the exact built index.html otherwise. */
export function makeSenderCheck(
  opts: SenderCheckOptions,
  platform: NodeJS.Platform = process.platform,
): UrlCheck {
  return opts.devUrl ? makeOriginCheck(opts.devUrl) : makeFileCheck(opts.rendererIndexPath, platform);
}

/**
 * will-navigate: the app is a single page, so the only legitimate navigation is to itself (a reload).
 * Links to the web and files dropped on the window (Electron navigates to them) are refused.
 */
export function isAllowedNavigation(targetUrl: string, isAppUrl: UrlCheck): boolean {
  return isAppUrl(targetUrl);
}
