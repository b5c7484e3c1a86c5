// Types of scripts/chromium.mjs, for playwright.config.mts and its unit test.

export interface FoundChromium {
  path: string;
  /** What pointed at it: a variable's name, 'its usual place', '<command> on PATH', "Playwright's own Chromium". */
  via: string;
}

export interface FindDeps {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  exists(path: string): boolean;
  which(command: string): string | null;
  playwrightPath(): string | null;
}

export type InstallPlan = { kind: 'apt'; sudo: string[] } | { kind: 'playwright' };

export interface PlanDeps {
  platform: NodeJS.Platform;
  uid: number;
  osRelease: string;
  which(command: string): string | null;
  canSudo(): boolean;
}

export const CHROMIUM_ENV: readonly string[];
export const CHROMIUM_COMMANDS: readonly string[];
export const APT_INSTALL: readonly string[];
export function knownPaths(platform: NodeJS.Platform, env: Record<string, string | undefined>): string[];
export function findChromium(deps?: FindDeps): FoundChromium | null;
export function searchPath(
  command: string,
  deps: Pick<FindDeps, 'platform' | 'env' | 'exists'>,
): string | null;
export function isDebianLike(osRelease: string): boolean;
export function installPlan(deps: PlanDeps): InstallPlan;
export function aptCommand(sudo: readonly string[], args: readonly string[]): string[];
export function ensureChromium(): FoundChromium;
