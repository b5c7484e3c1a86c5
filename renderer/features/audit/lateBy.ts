// How late a call is, in the words a manager reads at a glance: "45 min", "3 h 10 min", "2 days 4 h".
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function lateBy(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / MINUTE));
  if (minutes < 60) return `${minutes} min`;
  if (ms < DAY) {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return m === 0 ? `${h} h` : `${h} h ${m} min`;
  }
  const days = Math.floor(ms / DAY);
  const h = Math.floor((ms % DAY) / HOUR);
  return `${days} ${days === 1 ? 'day' : 'days'}${h === 0 ? '' : ` ${h} h`}`;
}
