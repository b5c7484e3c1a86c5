// Working one follow-up: the story, then the outcome in two keystrokes (a number, then Enter).
import { useCallback, useMemo, useState } from 'react';
import type { CalendarRowDto, SuggestedReasonDto } from '../../../shared/contract/dto';
import { fromLocalInput } from '../../../shared/domain/localInput';
import { visitDayWords } from '../../../shared/domain/visitDay';
import {
  OUTCOME_LABELS,
  OUTCOMES,
  type Outcome,
  PURPOSE_LABELS,
  type SurveyObjection,
} from '../../../shared/domain/vocab';
import { useApiMutation, useApiQuery } from '../../api/useApi';
import { useStoreSettings } from '../../app/useStoreSettings';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { formatWhen, parseMoney } from '../../ui/format';
import { prospectName } from '../../ui/labels';
import { Composer } from '../calls/Composer';
import { nextCallIfUnanswered, spokenDay } from '../calls/nextCall';
import { ReasonPicker } from '../calls/ReasonPicker';
import { SurveyScript } from '../calls/SurveyScript';
import { ReassignLead } from './ReassignLead';
import { storySeedOf } from './storySeed';
import { WalkoutStory } from './WalkoutStory';

interface Props {
  row: CalendarRowDto;
  now: number;
  timeZone: string;
  canReassign: boolean;
  /** `sold` is true when the attempt sold the walkout. */
  onDone: (message: string, sold: boolean) => void;
  onClose: () => void;
}

export function FollowUpPanel({ row, now, timeZone, canReassign, onDone, onClose }: Props) {
  // Seeded from the row, so the story is on screen at once. Kept until a write touches walkouts (here, or
  // another PC's through the change feed), so opening the same call again reads nothing.
  const story = useApiQuery(
    'walkouts.get',
    { id: row.walkout.id },
    { placeholderData: () => storySeedOf(row), staleTime: Number.POSITIVE_INFINITY },
  );
  const whole = story.data !== undefined && !story.isPlaceholderData;
  const complete = useApiMutation('followUps.complete');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [notes, setNotes] = useState('');
  const [agreed, setAgreed] = useState('');
  const [amount, setAmount] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [reason, setReason] = useState<SuggestedReasonDto | null>(null);
  const [message, setMessage] = useState('');
  const [messageSent, setMessageSent] = useState(false);
  const [surveyAnswer, setSurveyAnswer] = useState<SurveyObjection | ''>('');
  const [surveyText, setSurveyText] = useState('');
  const isSurvey = row.followUp.purpose === 'manager_survey';
  const onMessage = useCallback((m: string) => setMessage(m), []);
  const settings = useStoreSettings();
  const sender = useMemo(
    () => ({
      name: row.followUp.assigneeName,
      storeName: settings.storeName,
      callbackNumber: settings.storePhone,
    }),
    [row.followUp.assigneeName, settings.storeName, settings.storePhone],
  );
  const nextCallLabel = useMemo(() => {
    if (!story.data || !whole) return null;
    const due = nextCallIfUnanswered(
      row.followUp,
      story.data.followUps,
      story.data.walkout.status,
      row.followUp.channel,
      settings,
      now,
    );
    return due === null ? null : spokenDay(due, now, timeZone);
  }, [story.data, whole, row.followUp, settings, now, timeZone]);

  const save = () => {
    if (!outcome) return setProblem('Choose an outcome: press its number.');
    const agreedNextAt = agreed ? fromLocalInput(agreed, timeZone) : null;
    if (agreed && agreedNextAt === null) return setProblem('That next-step date does not exist.');
    const saleAmountCents = outcome === 'sold' ? parseMoney(amount) : null;
    if (Number.isNaN(saleAmountCents)) return setProblem('Write the sale amount like 41900 or $41,900.');
    complete.mutate(
      {
        followUpId: row.followUp.id,
        outcome,
        notes,
        // The words a voicemail, text or email actually carried; a conversation needs none stored.
        message: outcome === 'voicemail_left' || messageSent ? message : '',
        reasonId: isSurvey ? null : (reason?.reason.id ?? null),
        surveyObjection: isSurvey && surveyAnswer ? surveyAnswer : null,
        surveyText: isSurvey ? surveyText : '',
        agreedNextAt,
        saleAmountCents,
      },
      {
        onSuccess: (r) => {
          const who = prospectName(row.prospect);
          const next = r.next
            ? `Next: ${PURPOSE_LABELS[r.next.purpose]} due ${formatWhen(r.next.dueAt, now, timeZone)} (${r.next.assigneeName}).`
            : r.walkoutStatus === 'sold'
              ? 'Sold — well done.'
              : `Walkout is now ${r.walkoutStatus.replace('_', ' ')}; no more follow-ups.`;
          onDone(`${OUTCOME_LABELS[outcome]} logged for ${who}. ${next}`, r.walkoutStatus === 'sold');
        },
        onError: (err) => setProblem(err.message),
      },
    );
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    const typing = (e.target as HTMLElement).matches('textarea, input:not([type=radio])');
    const digit = Number(e.key);
    if (!typing && digit >= 1 && digit <= OUTCOMES.length) {
      e.preventDefault();
      setOutcome(OUTCOMES[digit - 1]);
    } else if (e.key === 'Enter' && (!typing || e.ctrlKey || (e.target as HTMLElement).tagName === 'INPUT')) {
      if ((e.target as HTMLElement).tagName === 'BUTTON') return;
      e.preventDefault();
      save();
    } else if (e.key === 'Escape') onClose();
  };

  return (
    <aside className="panel" aria-label="Follow-up" onKeyDown={onKeyDown}>
      <div className="panel-head">
        <span className={`tag tag-${row.followUp.purpose}`}>{PURPOSE_LABELS[row.followUp.purpose]}</span>
        <span>due {formatWhen(row.followUp.dueAt, now, timeZone)}</span>
        <button type="button" className="link" onClick={onClose} aria-label="Close">
          Close <kbd>Esc</kbd>
        </button>
      </div>
      {story.error && <Banner tone="error">{story.error.message}</Banner>}
      {story.data && <WalkoutStory story={story.data} now={now} attemptsPending={!whole} />}
      {isSurvey && (
        <SurveyScript
          prospectFirstName={row.prospect.firstName}
          repName={row.walkout.employeeName}
          product={row.walkout.product}
          visitedAt={row.walkout.visitedAt}
          now={now}
          timeZone={timeZone}
          answer={surveyAnswer}
          text={surveyText}
          onAnswer={(a, t) => {
            setSurveyAnswer(a);
            setSurveyText(t);
          }}
        />
      )}
      {!isSurvey && (
        <ReasonPicker walkoutId={row.walkout.id} chosen={reason?.reason.id ?? null} onChoose={setReason} />
      )}
      {!isSurvey && story.data && whole && (
        <Composer
          story={story.data}
          reasonText={reason?.reason.text ?? null}
          sender={sender}
          nextCallLabel={nextCallLabel}
          visitDay={visitDayWords(row.walkout.visitedAt, now, timeZone)}
          onChange={onMessage}
          onCopied={() => setMessageSent(true)}
        />
      )}
      <fieldset className="outcomes">
        <legend>Outcome — press a number, then Enter</legend>
        {OUTCOMES.map((o, i) => (
          <label key={o} className={`outcome${outcome === o ? ' chosen' : ''}`}>
            <input
              type="radio"
              name="outcome"
              value={o}
              checked={outcome === o}
              autoFocus={i === 0}
              onChange={() => setOutcome(o)}
            />
            <kbd>{i + 1}</kbd> {OUTCOME_LABELS[o]}
          </label>
        ))}
      </fieldset>
      {outcome === 'sold' && (
        <Field label="Sale amount" htmlFor="sale-amount">
          <input
            id="sale-amount"
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
          />
        </Field>
      )}
      <Field label="Notes" htmlFor="attempt-notes" hint="Ctrl+Enter saves from here">
        <textarea id="attempt-notes" rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </Field>
      <Field
        label="Next step agreed for (optional)"
        htmlFor="agreed-next"
        hint={
          outcome === 'appointment_set' ? 'When is the appointment?' : 'Leave empty to follow the cadence'
        }
      >
        <input
          id="agreed-next"
          type="datetime-local"
          value={agreed}
          onChange={(e) => setAgreed(e.target.value)}
        />
      </Field>
      {problem && <Banner tone="error">{problem}</Banner>}
      <button type="button" className="primary" onClick={save} disabled={complete.isPending}>
        Save outcome <kbd>Enter</kbd>
      </button>
      {canReassign && <ReassignLead walkoutId={row.walkout.id} ownerId={row.walkout.employeeId} />}
    </aside>
  );
}
