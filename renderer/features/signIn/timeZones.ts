// The time zone list of the first start: every IANA zone the browser knows, found by any part of its name.

/** The zones offered; a browser without Intl.supportedValuesOf still offers the PC's own zone. */
export function knownTimeZones(own: string): readonly string[] {
  const listed = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return listed.includes(own) ? listed : [own, ...listed];
}

/** The PC's own zone, preselected: the store is usually where its first PC is. */
export function pcTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const plain = (s: string) => s.toLowerCase().replace(/[_\s]+/g, ' ');

/**
 * Zones whose name holds what was typed ("chic", "new york", "los_ang"), spaces and underscores alike.
 * A zone where a part of the name starts with it comes first (typing "york" puts America/New_York
 * ahead of any zone that merely contains the letters); otherwise the list's own order.
 */
export function matchTimeZones(zones: readonly string[], typed: string): string[] {
  const query = plain(typed.trim());
  if (!query) return [...zones];
  const starts: string[] = [];
  const contains: string[] = [];
  for (const zone of zones) {
    const name = plain(zone);
    if (!name.includes(query)) continue;
    const parts = name.split('/').flatMap((p) => [p, ...p.split(' ').slice(1)]);
    (parts.some((p) => p.startsWith(query)) ? starts : contains).push(zone);
  }
  return [...starts, ...contains];
}

/** "Wednesday 10:42 AM": the time it is now in a zone, as the owner checks they picked the right one. */
export function localTimeIn(zone: string, now: number): string {
  try {
    return new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      weekday: 'long',
      hour: 'numeric',
      minute: '2-digit',
    }).format(now);
  } catch {
    return '';
  }
}
