// From a sold walkout: the people the customer referred, each a new lead credited to the rep.
import { useState } from 'react';
import type { WalkoutStoryDto } from '../../../shared/contract/dto';
import { useApiMutation } from '../../api/useApi';
import { Banner } from '../../ui/Banner';
import { formatMoney } from '../../ui/format';
import { prospectName } from '../../ui/labels';

interface Person {
  firstName: string;
  lastName: string;
  phone: string;
  relationship: string;
}
const blank = (): Person => ({ firstName: '', lastName: '', phone: '', relationship: '' });

export function Referrals({ story }: { story: WalkoutStoryDto }) {
  const create = useApiMutation('referrals.create');
  const [people, setPeople] = useState<Person[]>([blank()]);
  const [saved, setSaved] = useState<string | null>(null);
  const set = (i: number, patch: Partial<Person>) =>
    setPeople(people.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const issue = (i: number, field: string) =>
    create.error?.issues.find((x) => x.path === `people.${i}.${field}`)?.message;
  const customer = prospectName(story.prospect);

  return (
    <section className="referrals" aria-label="Referrals">
      <h3>Referrals from {customer}</h3>
      {story.referrals.length > 0 && (
        <ul>
          {story.referrals.map((r) => (
            <li key={r.id}>
              {r.prospectName}
              {r.relationship ? ` (${r.relationship})` : ''} — a lead for {story.walkout.employeeName}
              {r.creditCents !== null ? `, credit ${formatMoney(r.creditCents)}` : ''}
            </li>
          ))}
        </ul>
      )}
      {saved && <Banner tone="ok">{saved}</Banner>}
      <form
        aria-label="Add referrals"
        onSubmit={(e) => {
          e.preventDefault();
          const filled = people.filter((p) => p.firstName || p.phone);
          create.mutate(
            { walkoutId: story.walkout.id, people: filled },
            {
              onSuccess: () => {
                setSaved(
                  `${filled.length} referred ${filled.length === 1 ? 'person is' : 'people are'} now on ${story.walkout.employeeName}'s calendar.`,
                );
                setPeople([blank()]);
              },
            },
          );
        }}
      >
        {people.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional and never reordered
          <fieldset key={i} className="referral-row">
            <legend className="sr-only">Referred person {i + 1}</legend>
            {(
              [
                ['firstName', 'First name'],
                ['lastName', 'Last name'],
                ['phone', 'Phone'],
                ['relationship', 'Relationship'],
              ] as const
            ).map(([field, label]) => (
              <div key={field} className={`field${issue(i, field) ? ' field-error' : ''}`}>
                <label htmlFor={`ref-${i}-${field}`}>{label}</label>
                <input
                  id={`ref-${i}-${field}`}
                  value={p[field]}
                  onChange={(e) => set(i, { [field]: e.target.value })}
                />
                {issue(i, field) && <span className="field-message">{issue(i, field)}</span>}
              </div>
            ))}
          </fieldset>
        ))}
        {create.error && <Banner tone="error">{create.error.message}</Banner>}
        <div className="form-actions">
          <button
            type="button"
            className="link"
            onClick={() => setPeople([...people, blank()])}
            disabled={people.length >= 10}
          >
            Add another person
          </button>
          <button type="submit" className="primary" disabled={create.isPending}>
            Save referrals
          </button>
        </div>
      </form>
    </section>
  );
}
