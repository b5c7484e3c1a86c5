// Store-local calendar arithmetic: when a follow-up of a given channel may be due.
// Every instant is UTC epoch milliseconds; every local computation happens in the store's IANA
// time zone (never the machine's), so results are the same on any computer.
import { TZDate } from '@date-fns/tz';
import { addDays, format, startOfDay } from 'date-fns';
import type { Settings } from './settings';
import type { Channel } from './vocab';
import { offsetAt, wallToInstant } from './zoneOffset';

/** An inclusive [start, end] range of epoch milliseconds. */
export type TimeWindow = [start: number, end: number];

const DAY_MS = 86_400_000;
/** How far nextAllowedInstant looks ahead before concluding the settings allow nothing. */
const SEARCH_DAYS = 400;

/** 'YYYY-MM-DD' of instant t as seen on a wall calendar in timeZone. */
export function localDateKey(t: number, timeZone: string): string {
  // The wall clock read as UTC; offsetAt is what TZDate would shift by, so this is format(TZDate, 'yyyy-MM-dd').
  return new Date(t + offsetAt(t, timeZone)).toISOString().slice(0, 10);
}

function parseKey(dateKey: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateKey);
  if (!m) throw new Error(`Not a YYYY-MM-DD date: ${dateKey}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

// Date keys are pure calendar dates, so UTC arithmetic on them is exact (no DST involved).
function shiftKey(dateKey: string, days: number): string {
  const [y, mo, d] = parseKey(dateKey);
  return new Date(Date.UTC(y, mo - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

function weekdayOf(dateKey: string): number {
  const [y, mo, d] = parseKey(dateKey);
  return new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
}

function minutesOf(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return h * 60 + m;
}

/** The instant of a local wall-clock time (minutes after midnight) on a local date in timeZone. */
function localInstant(dateKey: string, minutes: number, timeZone: string): number {
  const [y, mo, d] = parseKey(dateKey);
  return wallToInstant(Date.UTC(y, mo - 1, d, Math.floor(minutes / 60), minutes % 60), timeZone);
}

function hoursOn(dateKey: string, s: Settings): { open: number; close: number } | null {
  const hours = s.storeHours[weekdayOf(dateKey)];
  if (!hours || s.closedDates.includes(dateKey)) return null;
  return { open: minutesOf(hours.open), close: minutesOf(hours.close) };
}

/** True when the store has hours on that weekday and the date is not a listed closed date. */
export function isBusinessDay(dateKey: string, s: Settings): boolean {
  return hoursOn(dateKey, s) !== null;
}

/**
 * The window(s) on one local day when a follow-up of this channel may be due.
 * Calls and texts: store hours ∩ call window (US telemarketing rules apply in the prospect's local
 * time; we assume prospects live in the store's zone). Visits: store hours. Email and letters
 * reach nobody in real time, so the whole day is allowed even when the store is closed.
 */
export function allowedWindows(dateKey: string, channel: Channel, s: Settings): TimeWindow[] {
  if (channel === 'email' || channel === 'letter') {
    const start = localInstant(dateKey, 0, s.timeZone);
    // Next local midnight minus 1 ms, so a 23- or 25-hour DST day is covered exactly.
    const end = localInstant(shiftKey(dateKey, 1), 0, s.timeZone) - 1;
    return [[start, end]];
  }
  const hours = hoursOn(dateKey, s);
  if (!hours) return [];
  let { open, close } = hours;
  if (channel === 'call' || channel === 'text') {
    open = Math.max(open, minutesOf(s.callWindow.start));
    close = Math.min(close, minutesOf(s.callWindow.end));
  }
  if (open > close) return [];
  return [[localInstant(dateKey, open, s.timeZone), localInstant(dateKey, close, s.timeZone)]];
}

/** t itself when a follow-up of this channel may be due then, else the start of the next allowed window. */
export function nextAllowedInstant(t: number, channel: Channel, s: Settings): number {
  // Windows never cross local midnight, so the search can start on t's own local day.
  let key = localDateKey(t, s.timeZone);
  for (let i = 0; i <= SEARCH_DAYS; i++, key = shiftKey(key, 1)) {
    for (const [start, end] of allowedWindows(key, channel, s)) {
      if (t >= start && t <= end) return t;
      if (start > t) return start;
    }
  }
  throw new Error(`No allowed time for a ${channel} follow-up within ${SEARCH_DAYS} days; check store hours`);
}

/** Opening time + minutesAfterOpen on the first business day strictly after t's local day. */
export function nextBusinessDayAt(t: number, minutesAfterOpen: number, s: Settings): number {
  let key = localDateKey(t, s.timeZone);
  for (let i = 0; i < SEARCH_DAYS; i++) {
    key = shiftKey(key, 1);
    const hours = hoursOn(key, s);
    // Added as elapsed minutes from opening, so "opening + 60" is one real hour even on a DST day.
    if (hours) return localInstant(key, hours.open, s.timeZone) + minutesAfterOpen * 60_000;
  }
  throw new Error(`No business day within ${SEARCH_DAYS} days; check store hours`);
}

/**
 * The same local wall-clock time `days` calendar days later in the store's zone, so a 10:00
 * follow-up stays at 10:00 across a DST change instead of drifting by an hour.
 */
export function addLocalDays(t: number, days: number, timeZone: string): number {
  // addDays on a TZDate moves the local calendar date and keeps the local wall-clock time.
  return addDays(new TZDate(t, timeZone), days).getTime();
}

/** A store-local calendar day: its number (days since 1970-01-01, local) and the instants it starts and ends. */
export interface LocalDay {
  day: number;
  startsAt: number;
  endsAt: number;
}

/**
 * The store-local calendar day of t as a day number (days since 1970-01-01, local), and the instant
 * the day ends. Stored on each walkout so reports group by local day and tell "same day" in SQL.
 */
export function localDay(t: number, timeZone: string): LocalDay {
  // Time-zone arithmetic costs tens of microseconds and bulk imports ask about the same few hundred days
  // a hundred thousand times: remember each day found, filed under every UTC day it overlaps.
  let spans = daySpans.get(timeZone);
  if (!spans) {
    spans = new Map();
    daySpans.set(timeZone, spans);
  }
  for (const span of spans.get(Math.floor(t / DAY_MS)) ?? []) {
    if (t >= span.startsAt && t < span.endsAt) return span;
  }
  const local = new TZDate(t, timeZone);
  const [y, m, d] = parseKey(format(local, 'yyyy-MM-dd'));
  const span: LocalDay = {
    day: Date.UTC(y, m - 1, d) / DAY_MS,
    startsAt: startOfDay(local).getTime(),
    endsAt: startOfDay(addDays(local, 1)).getTime(),
  };
  // A zone whose midnight is skipped by a DST change may start its day oddly: answer, but do not file it.
  if (t < span.startsAt || t >= span.endsAt) return span;
  if (spans.size >= 20_000) spans.clear();
  for (let b = Math.floor(span.startsAt / DAY_MS); b <= Math.floor((span.endsAt - 1) / DAY_MS); b++) {
    const list = spans.get(b);
    if (list) list.push(span);
    else spans.set(b, [span]);
  }
  return span;
}

const daySpans = new Map<string, Map<number, LocalDay[]>>();

/** Inverse of localDay's number: the local date key "YYYY-MM-DD". */
export function dayKeyOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
