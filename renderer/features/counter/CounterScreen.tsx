// Logging a walkout at the counter, keyboard only: Tab through, Enter from any field submits (asking first,
// S or D, when the phone or email matches a stored prospect); then focus is back in First name.
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { EmployeeDto, WalkoutCreatedDto } from '../../../shared/contract/dto';
import { placeIssues } from '../../api/fieldIssues';
import { useApiMutation, useApiQuery } from '../../api/useApi';
import { useStoreClock } from '../../app/useStoreClock';
import { Banner } from '../../ui/Banner';
import { formatDate, formatWhen, plural } from '../../ui/format';
import { DraftOffer } from './DraftOffer';
import { ReturningChoiceDialog } from './ReturningChoiceDialog';
import { ReturningProspect } from './ReturningProspect';
import { useProspectMatches } from './useProspectMatches';
import { useReturningChoice } from './useReturningChoice';
import { WalkoutFields } from './WalkoutFields';
import { draftOf, forgetDraft, keepDraft } from './walkoutDrafts';
import { type Choice, EMPTY_WALKOUT, toWalkoutInput, type WalkoutFormValues } from './walkoutFormValues';

export function CounterScreen({ me }: { me: EmployeeDto }) {
  const settings = useApiQuery('settings.get', {});
  const create = useApiMutation('walkouts.create');
  const form = useForm<WalkoutFormValues>({ defaultValues: EMPTY_WALKOUT });
  const { choice, choose, forget, typedValues } = useReturningChoice(form);
  const [draft, setDraft] = useState(() => draftOf(me.id));
  // Whatever takes the form away (the idle lock, a sign-out, another screen) keeps what was typed.
  const typed = useRef(typedValues);
  typed.current = typedValues;
  useEffect(() => () => keepDraft(me.id, typed.current()), [me.id]);
  const [logged, setLogged] = useState<WalkoutCreatedDto | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  // reset() lets go of the fields until they render again, so First name is focused after that render:
  // the next customer's name, typed straight away, lands in it.
  const [refills, setRefills] = useState(0);
  useEffect(() => {
    if (refills > 0) form.setFocus('prospect.firstName');
  }, [refills, form]);
  const refill = (values: WalkoutFormValues, options?: { keepDefaultValues: boolean }) => {
    form.reset(values, options);
    setRefills((n) => n + 1);
  };
  const now = useStoreClock();
  const timeZone = settings.data?.timeZone ?? 'UTC';
  const region = settings.data?.defaultRegion ?? 'US';
  const [phone, email, refused] = form.watch(['prospect.phone', 'prospect.email', 'contactRefused']);
  const matches = useProspectMatches(refused ? '' : phone, refused ? '' : email, region);

  // The form's own issues and the server's land on their fields by path; the banner sums them up.
  const showIssues = (issues: { path: string; message: string }[]) => {
    placeIssues(form, issues);
    setProblem(issues.length === 1 ? issues[0].message : `Please fix ${issues.length} fields.`);
  };

  const send = (values: WalkoutFormValues, answered: Choice) => {
    setLogged(null);
    setProblem(null);
    const store = settings.data;
    if (!store) return setProblem('The store settings are still loading: press Enter again.');
    const built = toWalkoutInput(values, answered, { region, store, now: now() });
    if ('issues' in built) return showIssues(built.issues);
    create.mutate(built.input, {
      onSuccess: (result) => {
        setLogged(result);
        forget();
        forgetDraft(me.id);
        setDraft(null);
        refill(EMPTY_WALKOUT);
      },
      onError: (err) => {
        if (err.code === 'CONFLICT') setProblem(err.message);
        else if (err.issues.length) showIssues(err.issues);
        else setProblem(err.message);
      },
    });
  };

  const unanswered = matches.length > 0 && !choice.returning && !choice.confirmNewProspect;
  const submit = form.handleSubmit((values) => {
    if (unanswered) setAsking(true);
    else send(values, choice);
  });
  // The answer to "Same person as before?", then the walkout is logged with it.
  const answer = (answered: Choice) => {
    setAsking(false);
    choose(answered, { keepTyped: true });
    void form.handleSubmit((values) => send(values, answered))();
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLFormElement>) => {
    const target = e.target as HTMLElement;
    if (e.key !== 'Enter' || e.shiftKey || target.tagName === 'BUTTON') return;
    e.preventDefault();
    void submit();
  };

  return (
    <div className="counter">
      <div className="screen-head">
        <h1>Log a walkout</h1>
        <p className="hint">
          Tab between fields · <kbd>Enter</kbd> logs it from anywhere · <kbd>Shift</kbd>+<kbd>Enter</kbd> for
          a new line · <span aria-hidden="true">*</span> required
        </p>
      </div>
      {logged && (
        <Banner tone="ok">
          Logged {logged.prospectName}
          {logged.returning ? ' (returning be-back)' : ''}. {loggedCalls(logged, timeZone)}
        </Banner>
      )}
      {problem && <Banner tone="error">{problem}</Banner>}
      {draft && (
        <DraftOffer
          draft={draft}
          onRestore={() => {
            refill(draft, { keepDefaultValues: true });
            forget();
            forgetDraft(me.id);
            setDraft(null);
          }}
          onDiscard={() => {
            forgetDraft(me.id);
            setDraft(null);
          }}
        />
      )}
      <form onSubmit={submit} onKeyDown={onKeyDown} aria-label="Walkout" noValidate>
        <WalkoutFields form={form} returning={choice.returning} store={settings.data} now={now}>
          <ReturningProspect
            matches={matches}
            choice={choice}
            timeZone={timeZone}
            onChoose={(c) => {
              choose(c);
              setProblem(null);
            }}
          />
        </WalkoutFields>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={create.isPending}>
            Log walkout <kbd>Enter</kbd>
          </button>
          <button
            type="button"
            onClick={() => {
              refill(EMPTY_WALKOUT);
              forget();
              setProblem(null);
            }}
          >
            Clear
          </button>
        </div>
      </form>
      {asking && unanswered && (
        <ReturningChoiceDialog
          matches={matches}
          timeZone={timeZone}
          onChoose={answer}
          onBack={() => setAsking(false)}
        />
      )}
    </div>
  );
}

/** Where the logged visit's calls are: the first call, what it replaced, or the later visit keeping them. */
function loggedCalls(logged: WalkoutCreatedDto, timeZone: string): string {
  if (logged.laterVisitAt !== null) {
    return `No new call: their later visit of ${formatDate(logged.laterVisitAt, timeZone)} keeps the calls.`;
  }
  const first = logged.firstContact;
  const replaced = logged.earlierCallsCancelled;
  const earlier = replaced > 0 ? ` ${plural(replaced, 'open call')} from the earlier visit` : '';
  if (!first) return `No follow-up: no way to reach them.${earlier && `${earlier} cancelled.`}`;
  const late = first.late ? ' — the store is closed until then' : '';
  const due = `First call due ${formatWhen(first.dueAt, logged.visitedAt, timeZone)} on ${first.assigneeName}'s calendar${late}.`;
  return earlier ? `${due} It replaces${earlier}.` : due;
}
