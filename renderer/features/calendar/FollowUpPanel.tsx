// Working one follow-up: the story, then the outcome in two keystrokes (a number, then Enter). The story
// and composer scroll inside the panel; the outcome bar stays at its bottom, on screen.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
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
import { formatWhen, parseMoney } from '../../ui/format';
import { prospectName } from '../../ui/labels';
import { Composer } from '../calls/Composer';
import { nextCallIfUnanswered, spokenDay } from '../calls/nextCall';
import { ReasonPicker } from '../calls/ReasonPicker';
import { SurveyScript } from '../calls/SurveyScript';
import { CallDraftOffer } from './CallDraftOffer';
import { type CallDraft, callDraftOf, forgetCallDraft } from './callDrafts';
import styles from './FollowUpPanel.module.css';
import { OutcomeBar } from './OutcomeBar';
import { ReassignLead } from './ReassignLead';
import { storySeedOf } from './storySeed';
import { type UnsavedWork, unsavedWork } from './unsavedWork';
import { useFitToWindow } from './useFitToWindow';
import { WalkoutStory } from './WalkoutStory';

interface Props {
  row: CalendarRowDto;
  /** The employee signed in: typing the idle lock kept for them is offered back here. */
  signedInId: number;
  now: number;
  timeZone: string;
  canReassign: boolean;
  /** `sold` is true when the attempt sold the walkout. */
  onDone: (message: string, sold: boolean) => void;
  /** Esc or Close: the screen asks first when `onUnsaved` last said something typed would be lost. */
  onClose: () => void;
  /** What leaving now would lose (null: nothing) and the typing itself, each time it changes, and nulls as
   *  the panel goes. */
  onUnsaved: (work: UnsavedWork | null, typed: CallDraft | null) => void;
  /** Where focus was inside the panel, for the leave dialog's Stay to put it back. */
  onFocusInside: (element: HTMLElement) => void;
}

export function FollowUpPanel(props: Props) {
  const { row, signedInId, now, timeZone, canReassign, onDone, onClose, onUnsaved } = props;
  const panel = useRef<HTMLElement>(null);
  useFitToWindow(panel);
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
  const [messageEdited, setMessageEdited] = useState(false);
  const [messageSent, setMessageSent] = useState(false);
  const [surveyAnswer, setSurveyAnswer] = useState<SurveyObjection | ''>('');
  const [surveyText, setSurveyText] = useState('');
  const isSurvey = row.followUp.purpose === 'manager_survey';
  // What the idle lock kept of this call, offered back once; a restored message remounts the composer.
  const [kept, setKept] = useState(() => callDraftOf(signedInId, row.followUp.id));
  const [restoredMessage, setRestoredMessage] = useState<string | null>(null);
  const [offerAnswered, setOfferAnswered] = useState(false);
  const answerOffer = (draft: CallDraft | null) => {
    if (draft) {
      setNotes(draft.notes);
      setSurveyText(draft.surveyText);
      if (draft.message !== null) setRestoredMessage(draft.message);
    }
    forgetCallDraft(signedInId, row.followUp.id);
    setKept(null);
    setOfferAnswered(true);
  };
  // The offer's buttons go with it: the keyboard carries on in the notes, not from nowhere.
  useEffect(() => {
    if (offerAnswered) panel.current?.querySelector<HTMLElement>('#attempt-notes')?.focus();
  }, [offerAnswered]);
  const onMessage = useCallback((m: string, edited: boolean) => {
    setMessage(m);
    setMessageEdited(edited);
  }, []);
  const typedNotes = notes.trim() !== '' || surveyText.trim() !== '';
  const typedAmount = outcome === 'sold' && amount.trim() !== '';
  const typedNextStep = agreed !== '';
  const followUpId = row.followUp.id;
  // Layout effects: what leaving would lose is known before the next key press is handled.
  useLayoutEffect(
    () =>
      onUnsaved(
        unsavedWork({
          notes: typedNotes,
          amount: typedAmount,
          nextStep: typedNextStep,
          message: messageEdited,
        }),
        { followUpId, notes, surveyText, message: messageEdited ? message : null },
      ),
    [
      typedNotes,
      typedAmount,
      typedNextStep,
      messageEdited,
      followUpId,
      notes,
      surveyText,
      message,
      onUnsaved,
    ],
  );
  useLayoutEffect(() => () => onUnsaved(null, null), [onUnsaved]);
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
          // Logged: nothing of this call is left to offer back.
          forgetCallDraft(signedInId, row.followUp.id);
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
    } else if (e.key === 'Escape') {
      // Handled here: the leave dialog this may open must not take the same Esc as its own "Stay".
      e.preventDefault();
      onClose();
    }
  };

  return (
    <aside
      ref={panel}
      className={`panel ${styles.fit}`}
      aria-label="Follow-up"
      onKeyDown={onKeyDown}
      onFocus={(e) => props.onFocusInside(e.target)}
    >
      <div className="panel-head">
        <span className={`tag tag-${row.followUp.purpose}`}>{PURPOSE_LABELS[row.followUp.purpose]}</span>
        <span>due {formatWhen(row.followUp.dueAt, now, timeZone)}</span>
        <button type="button" className="link" onClick={onClose} aria-label="Close">
          Close <kbd>Esc</kbd>
        </button>
      </div>
      <div className={styles.middle}>
        {kept && <CallDraftOffer onPutBack={() => answerOffer(kept)} onDiscard={() => answerOffer(null)} />}
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
            key={restoredMessage === null ? 'drafted' : 'restored'}
            restoredText={restoredMessage}
            story={story.data}
            reasonText={reason?.reason.text ?? null}
            sender={sender}
            nextCallLabel={nextCallLabel}
            visitDay={visitDayWords(row.walkout.visitedAt, now, timeZone)}
            onChange={onMessage}
            onCopied={() => setMessageSent(true)}
          />
        )}
        {canReassign && <ReassignLead walkoutId={row.walkout.id} ownerId={row.walkout.employeeId} />}
      </div>
      <OutcomeBar
        outcome={outcome}
        onOutcome={setOutcome}
        notes={notes}
        onNotes={setNotes}
        agreed={agreed}
        onAgreed={setAgreed}
        amount={amount}
        onAmount={setAmount}
        problem={problem}
        saving={complete.isPending}
        onSave={save}
      />
    </aside>
  );
}
