// What the dashboard counts — walkouts (visits) or people (unique prospects) — in the words every chart,
// caption and CSV column uses, so switching the count renames every figure in one place.
import { plural } from '../../ui/format';

export type Counting = 'walkout' | 'prospect';

export interface CountWords {
  counting: Counting;
  /** "Walkouts" | "People": column headings and chart series. */
  Many: string;
  /** "walkouts" | "people": inside sentences. */
  many: string;
  /** "3 walkouts", "1 person". */
  count: (n: number) => string;
}

export function countWords(counting: Counting): CountWords {
  return counting === 'prospect'
    ? { counting, Many: 'People', many: 'people', count: (n) => plural(n, 'person', 'people') }
    : { counting, Many: 'Walkouts', many: 'walkouts', count: (n) => plural(n, 'walkout') };
}
