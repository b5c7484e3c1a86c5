// The manager's survey call, line by line: what is said, and what the manager does between the lines.

export interface SurveyLine {
  say?: string;
  /** An instruction to the caller, not read out. */
  note?: string;
}

export function surveyScriptLines(p: {
  prospectFirstName: string;
  repName: string;
  product: string;
  /** "yesterday", "on Tuesday", "last week": visitDayWords. */
  visit: string;
}): SurveyLine[] {
  const { prospectFirstName, repName, product, visit } = p;
  return [
    {
      say: `Hi ${prospectFirstName}, this is the sales manager. You were in ${visit} with ${repName} — I call everyone who visits: how did ${repName} treat you?`,
    },
    { say: `Did ${repName} explain the ${product} clearly? Anything we left unanswered?` },
    {
      say: 'It sounds like you really liked it — could you tell me why you decided not to get it?',
      note: 'Then listen.',
    },
    { note: 'If there is a way to solve it today, offer it — that is the save.' },
  ];
}
