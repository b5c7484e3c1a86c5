// Step 2 of an erasure: what goes, what stays, the partners to tell, and the name typed to confirm.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import type { ErasedDto, ErasePreviewDto } from '../../../shared/contract/dto';
import { eraseInput } from '../../../shared/contract/schemas';
import { formatPhone } from '../../../shared/domain/phone';
import { placeIssues } from '../../api/fieldIssues';
import { useApiMutation, useApiQuery } from '../../api/useApi';
import { useStoreSettings } from '../../app/useStoreSettings';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { plural } from '../../ui/format';
import { PartnersToTell } from './PartnersToTell';

interface Props {
  prospectId: number;
  onBack: () => void;
  onErased: (name: string, result: ErasedDto) => void;
}

export function ErasePreview({ prospectId, onBack, onErased }: Props) {
  const preview = useApiQuery('prospects.erasePreview', { prospectId });
  if (preview.error) {
    return (
      <section className="card erase-step">
        <Banner tone="error">{preview.error.message}</Banner>
        <button type="button" onClick={onBack}>
          Find someone else
        </button>
      </section>
    );
  }
  if (!preview.data) return <p className="muted">Loading…</p>;
  return <Confirm preview={preview.data} onBack={onBack} onErased={onErased} />;
}

function Confirm({ preview: p, onBack, onErased }: { preview: ErasePreviewDto } & Omit<Props, 'prospectId'>) {
  const { defaultRegion } = useStoreSettings();
  const erase = useApiMutation('prospects.erase');
  const form = useForm({
    resolver: zodResolver(eraseInput),
    defaultValues: { prospectId: p.prospectId, confirm: '' },
  });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const error = form.formState.errors.confirm?.message;

  const submit = form.handleSubmit((values) =>
    erase.mutate(values, {
      onSuccess: (result) => onErased(p.name, result),
      onError: (err) => placeIssues(form, err.issues),
    }),
  );

  return (
    <section className="card erase-step" aria-labelledby="erase-preview-title">
      <h2 id="erase-preview-title" ref={heading} tabIndex={-1}>
        Erase {p.name}?
      </h2>
      <div className="erase-columns">
        <div>
          <h3>What will be removed</h3>
          <ul className="erase-list">
            <li>
              Name <strong>{p.name}</strong>
            </li>
            <li>Phone {p.phone ? <strong>{formatPhone(p.phone, defaultRegion)}</strong> : 'none'}</li>
            <li>E-mail {p.email ? <strong>{p.email}</strong> : 'none'}</li>
            <li>
              What they said, pain points, personal details and next steps of {plural(p.walkouts, 'visit')}
            </li>
            <li>
              Notes and messages of {plural(p.followUps, 'call')}
              {p.openFollowUps > 0 && `; ${plural(p.openFollowUps, 'open call')} will be cancelled`}
            </li>
            {p.referrals > 0 && (
              <li>How they are related to {plural(p.referrals, 'referred person', 'referred people')}</li>
            )}
            <li>Their name, phone and e-mail wherever another customer’s notes mention them</li>
          </ul>
        </div>
        <div>
          <h3>What stays</h3>
          <p>
            The {plural(p.walkouts, 'visit')} and their calls as anonymous rows: products, objections, sales
            and commissions. Every count and dashboard figure stays the same.
          </p>
          <PartnersToTell partners={p.partners} />
        </div>
      </div>
      <form className="erase-confirm" aria-label="Confirm the erasure" noValidate onSubmit={submit}>
        <Field
          label={`Type “${p.name}” to confirm`}
          htmlFor="erase-confirm"
          error={error}
          hint="This cannot be undone."
        >
          <input
            id="erase-confirm"
            autoComplete="off"
            {...(error ? { 'aria-invalid': true, 'aria-describedby': 'erase-confirm-error' } : {})}
            {...form.register('confirm')}
          />
        </Field>
        <div className="form-actions">
          <button type="submit" className="danger" disabled={erase.isPending}>
            {erase.isPending ? 'Erasing…' : `Erase ${p.name}`}
          </button>
          <button type="button" onClick={onBack}>
            Back
          </button>
        </div>
        {erase.error && !erase.error.issues.length && <Banner tone="error">{erase.error.message}</Banner>}
      </form>
    </section>
  );
}
