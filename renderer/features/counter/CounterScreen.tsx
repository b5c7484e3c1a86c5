// Logging a walkout at the counter, keyboard only: Tab through, Enter from any field submits.
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { EmployeeDto, WalkoutCreatedDto } from '../../../shared/contract/dto';
import { useApiMutation, useApiQuery } from '../../api/useApi';
import { Banner } from '../../ui/Banner';
import { formatDate, formatWhen, plural } from '../../ui/format';
import { DraftOffer } from './DraftOffer';
import { ReturningProspect } from './ReturningProspect';
import { useProspectMatches } from './useProspectMatches';
import { useReturningChoice } from './useReturningChoice';
import { WalkoutFields } from './WalkoutFields';
import { draftOf, forgetDraft, keepDraft } from './walkoutDrafts';
import { EMPTY_WALKOUT, fieldOf, toWalkoutInput, type WalkoutFormValues } from './walkoutFormValues';

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
  const timeZone = settings.data?.timeZone ?? 'UTC';
  const region = settings.data?.defaultRegion ?? 'US';
  const [phone, email, refused] = form.watch(['phone', 'email', 'contactRefused']);
  const matches = useProspectMatches(refused ? '' : phone, refused ? '' : email, region);

  const showIssues = (issues: { path: string; message: string }[]) => {
    let focused = false;
    for (const issue of issues) {
      const field = fieldOf(issue.path);
      if (!field) continue;
      form.setError(field, { message: issue.message }, { shouldFocus: !focused });
      focused = true;
    }
    setProblem(issues.length === 1 ? issues[0].message : `Please fix ${issues.length} fields.`);
  };

  const submit = form.handleSubmit((values) => {
    setLogged(null);
    setProblem(null);
    const built = toWalkoutInput(values, choice, { timeZone, region });
    if ('issues' in built) return showIssues(built.issues);
    create.mutate(built.input, {
      onSuccess: (result) => {
        setLogged(result);
        forget();
        forgetDraft(me.id);
        setDraft(null);
        form.reset(EMPTY_WALKOUT);
        form.setFocus('firstName');
      },
      onError: (err) => {
        if (err.code === 'CONFLICT') setProblem(err.message);
        else if (err.issues.length) showIssues(err.issues);
        else setProblem(err.message);
      },
    });
  });

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
          a new line
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
            form.reset(draft, { keepDefaultValues: true });
            forget();
            forgetDraft(me.id);
            setDraft(null);
            form.setFocus('firstName');
          }}
          onDiscard={() => {
            forgetDraft(me.id);
            setDraft(null);
          }}
        />
      )}
      <form onSubmit={submit} onKeyDown={onKeyDown} aria-label="Walkout" noValidate>
        <WalkoutFields form={form} returning={choice.returning}>
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
              form.reset(EMPTY_WALKOUT);
              forget();
              setProblem(null);
            }}
          >
            Clear
          </button>
        </div>
      </form>
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
