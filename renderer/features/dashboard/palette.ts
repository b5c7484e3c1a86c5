// Chart colours from the Okabe–Ito palette (safe for the common colour-vision deficiencies) and the
// axis text style; every chart also names its series in a legend and in its table view. The charts' own
// token file beside app/tokens.css: recharts' SVG and the PNG export (a canvas) need literal colours,
// so INK, MUTED, GRID and SURFACE repeat --ink, --muted, --line and --card there.
import type { Closer } from '../../../shared/domain/vocab';

export const CLOSER_COLORS: Record<Closer, string> = {
  rep: '#0072B2',
  manager_save: '#E69F00',
  partner: '#009E73',
};

export const CLOSER_NAMES: Record<Closer, string> = {
  rep: 'Rep follow-up',
  manager_save: 'Manager save',
  partner: 'Partner',
};

export const METRIC_COLORS = {
  conversion: '#0072B2',
  contactCapture: '#56B4E9',
  compliance: '#D55E00',
  walkouts: '#0072B2',
} as const;

export const INK = '#1d2433';
export const MUTED = '#5b6478';
export const GRID = '#d8dde7';
export const SURFACE = '#ffffff';

/** Axis ticks: at least 12px, dark enough to read on paper. */
export const TICK = { fontSize: 13, fill: INK } as const;
export const LABEL = { fontSize: 12, fill: INK } as const;
