// Today's call sheet: every call due by tonight (overdue first), each with what the caller needs on paper —
// time, name, phone, what they looked at, why they did not buy, the reason to call and what to say.
import type { CalendarDayDto, CalendarRowDto } from '../../../shared/contract/dto';
import {
  fillTemplate,
  type MessageSender,
  type MessageStory,
  reasonToCall,
} from '../../../shared/domain/message/template';
import { formatPhone } from '../../../shared/domain/phone';
import { visitDayWords } from '../../../shared/domain/visitDay';
import { OBJECTION_LABELS, PURPOSE_LABELS } from '../../../shared/domain/vocab';
import { formatWhen } from '../../ui/format';
import { type SurveyLine, surveyScriptLines } from '../calls/surveyScript';

export interface CallSheetEntry {
  followUpId: number;
  when: string;
  overdue: boolean;
  name: string;
  purpose: string;
  /** The phone in the store's format; the email when they left no phone. */
  contact: string;
  lookedAt: string;
  whyNot: string;
  reason: string;
  /** What to say: the survey's lines, or the voicemail to leave when nobody answers. */
  script: SurveyLine[];
}

function storyOf(row: CalendarRowDto, visitDay: string): MessageStory {
  return {
    prospectFirstName: row.prospect.firstName,
    prospectLastName: row.prospect.lastName,
    product: row.walkout.product,
    category: row.walkout.category,
    objection: row.walkout.objection,
    painPoints: row.walkout.painPoints,
    personalDetails: row.walkout.personalDetails,
    nextStepText: row.walkout.nextStepText,
    visitDay,
  };
}

/**
 * The sheet's calls: the day's first page of overdue ones (the rest are counted, not printed: a sheet is
 * for today's round), then every call due today — `today`, when the day's first page did not hold them all.
 */
export function callSheetEntries(
  day: CalendarDayDto,
  sender: MessageSender,
  region: string,
  today: readonly CalendarRowDto[] = day.today,
): CallSheetEntry[] {
  const { now, timeZone } = day;
  return [...day.overdue, ...today].map((row) => {
    const visit = visitDayWords(row.walkout.visitedAt, now, timeZone);
    const story = storyOf(row, visit);
    const reasons = row.followUp.reasonText ? [{ text: row.followUp.reasonText }] : [];
    const survey = row.followUp.purpose === 'manager_survey';
    const why = OBJECTION_LABELS[row.walkout.objection];
    return {
      followUpId: row.followUp.id,
      when: formatWhen(row.followUp.dueAt, now, timeZone),
      overdue: row.followUp.dueAt < now,
      name: `${row.prospect.firstName} ${row.prospect.lastName}`.trim(),
      purpose: PURPOSE_LABELS[row.followUp.purpose],
      contact: row.prospect.phone
        ? formatPhone(row.prospect.phone, region)
        : row.prospect.email || 'No phone or email',
      lookedAt: [row.walkout.product, row.walkout.category].filter(Boolean).join(' · '),
      whyNot: row.walkout.objectionText ? `${why}: “${row.walkout.objectionText}”` : why,
      reason: survey ? 'Customer service survey' : reasonToCall(story, reasons, sender),
      script: survey
        ? surveyScriptLines({
            prospectFirstName: row.prospect.firstName,
            repName: row.walkout.employeeName,
            product: row.walkout.product,
            visit,
          })
        : [
            { note: 'If nobody answers, leave:' },
            { say: fillTemplate('voicemail', story, reasons, sender, null) },
          ],
    };
  });
}
