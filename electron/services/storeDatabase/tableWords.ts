// What each table holds, in the words the Store database screen shows while a store moves and when both sides
// are counted: an owner reads "follow-up calls", not follow_ups.

const WORDS: Record<string, string> = {
  employees: 'employees',
  settings: 'store settings',
  sessions: 'sign-ins',
  prospects: 'prospects',
  reasons: 'reasons to call',
  partners: 'partners',
  walkouts: 'walkouts',
  follow_ups: 'follow-up calls',
  referrals: 'referrals',
  save_credits: 'commission credits',
  save_program_changes: 'save-program changes',
  audit_log: 'audit log lines',
  share_batches: 'partner batches',
  share_batch_walkouts: 'walkouts in partner batches',
  walkout_reasons: 'reasons used on walkouts',
  prospect_search: 'search terms',
  beback_schema: 'schema version',
};

const ROLLUP = /^dash_(reason_)?(day|month)(?:_(cat|obj|emp))?$/;
const BY = { cat: 'category', obj: 'objection', emp: 'employee' } as const;

/** A table's contents in words, lower case for the middle of a sentence. */
export function tableWords(name: string): string {
  const known = WORDS[name];
  if (known) return known;
  const rollup = ROLLUP.exec(name);
  if (!rollup) return name;
  const [, reason, period, by] = rollup;
  const of = reason ? 'reason figures' : 'dashboard figures';
  return `${of} by ${period}${by ? ` and ${BY[by as keyof typeof BY]}` : ''}`;
}

/** The same, as a row heading. */
export const tableHeading = (name: string): string => {
  const words = tableWords(name);
  return words.charAt(0).toUpperCase() + words.slice(1);
};
