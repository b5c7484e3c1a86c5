// "Correct details": what was typed wrong at the counter, fixed after logging. The form is the contract's
// walkouts.correct schema (nested names, so a server issue lands on its field by path); the price is typed
// as money and read into cents. Every field is sent; the server writes and audits only what differs.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { type Path, useForm } from 'react-hook-form';
import { z } from 'zod';
import { SALE_NOT_CORRECTED, walkoutCorrectionChanges } from '../../../shared/contract/correctionSchemas';
import type { WalkoutStoryDto } from '../../../shared/contract/dto';
import { formatPhone } from '../../../shared/domain/phone';
import { CHANNEL_LABELS, CHANNELS, OBJECTION_LABELS, OBJECTIONS } from '../../../shared/domain/vocab';
import { useApiMutation } from '../../api/useApi';
import { useStoreSettings } from '../../app/useStoreSettings';
import { Banner } from '../../ui/Banner';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { parseMoney } from '../../ui/format';
import { prospectName } from '../../ui/labels';
import styles from './CorrectWalkoutDialog.module.css';

const priceText = z
  .string()
  .transform((text, ctx) => {
    const cents = parseMoney(text);
    if (!Number.isNaN(cents)) return cents;
    ctx.addIssue({ code: 'custom', message: 'Write the price like 41900 or $41,900' });
    return z.NEVER;
  })
  .pipe(walkoutCorrectionChanges.shape.priceQuotedCents.unwrap());
const correctionForm = z.object({
  changes: walkoutCorrectionChanges.extend({ priceQuotedCents: priceText }),
});
type FormIn = z.input<typeof correctionForm>;
type FormOut = z.output<typeof correctionForm>;

function valuesOf({ walkout: w, prospect: p }: WalkoutStoryDto, region: string): FormIn {
  return {
    changes: {
      product: w.product,
      category: w.category,
      priceQuotedCents: w.priceQuotedCents === null ? '' : String(w.priceQuotedCents / 100),
      closeness: w.closeness,
      objection: w.objection,
      objectionText: w.objectionText,
      painPoints: w.painPoints,
      motivation: w.motivation,
      personalDetails: w.personalDetails,
      prospect: {
        firstName: p.firstName,
        lastName: p.lastName,
        phone: formatPhone(p.phone, region),
        email: p.email ?? '',
        bestTime: p.bestTime,
        preferredChannel: p.preferredChannel,
        contactOk: p.contactOk,
        shareOk: p.shareOk,
      },
    },
  };
}

export function CorrectWalkoutDialog({ story, onDone }: { story: WalkoutStoryDto; onDone: () => void }) {
  const { defaultRegion } = useStoreSettings();
  const correct = useApiMutation('walkouts.correct');
  const form = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(correctionForm),
    defaultValues: valuesOf(story, defaultRegion),
  });
  const [problem, setProblem] = useState<string | null>(null);
  const { register, formState } = form;
  const c = formState.errors.changes;
  const submit = form.handleSubmit(({ changes }) => {
    setProblem(null);
    correct.mutate(
      { walkoutId: story.walkout.id, changes },
      {
        onSuccess: onDone,
        onError: (err) => {
          for (const [n, i] of err.issues.entries()) {
            form.setError(i.path as Path<FormIn>, { message: i.message }, { shouldFocus: n === 0 });
          }
          // A refusal in words (someone else's phone, nothing changed) is said in full above the buttons.
          if (err.code !== 'VALIDATION' || err.issues.length === 0) setProblem(err.message);
        },
      },
    );
  });
  const text = (name: Path<FormIn>, label: string, error?: string, extra = {}) => (
    <Field label={label} htmlFor={name} error={error}>
      <input id={name} autoComplete="off" {...extra} {...register(name)} />
    </Field>
  );
  // Two notes to a row, so the whole form and its buttons fit a 1024×768 screen.
  const notes = (name: Path<FormIn>, label: string, error?: string) => (
    <Field label={label} htmlFor={name} error={error}>
      <textarea id={name} rows={2} {...register(name)} />
    </Field>
  );

  return (
    <Dialog
      title={`Correct details of ${prospectName(story.prospect)}`}
      onClose={onDone}
      busy={correct.isPending}
    >
      {/* Keys stay in the dialog: the call panel around it takes Esc, Enter and digits as its own shortcuts. */}
      <form className={styles.form} onSubmit={submit} onKeyDown={(e) => e.stopPropagation()} noValidate>
        <div className={styles.grid}>
          <h3 className={styles.group}>Who</h3>
          {text('changes.prospect.firstName', 'First name', c?.prospect?.firstName?.message, {
            autoFocus: true,
          })}
          {text('changes.prospect.lastName', 'Last name', c?.prospect?.lastName?.message)}
          {text('changes.prospect.phone', 'Phone', c?.prospect?.phone?.message, { type: 'tel' })}
          {text('changes.prospect.email', 'Email', c?.prospect?.email?.message, { type: 'email' })}
          {text('changes.prospect.bestTime', 'Best time to reach', c?.prospect?.bestTime?.message)}
          <Field label="Best way to reach" htmlFor="changes.prospect.preferredChannel">
            <select id="changes.prospect.preferredChannel" {...register('changes.prospect.preferredChannel')}>
              {CHANNELS.map((ch) => (
                <option key={ch} value={ch}>
                  {CHANNEL_LABELS[ch]}
                </option>
              ))}
            </select>
          </Field>
          <div className={styles.checks}>
            <label className="check">
              <input type="checkbox" {...register('changes.prospect.contactOk')} /> OK to contact
            </label>
            <label className="check">
              <input type="checkbox" {...register('changes.prospect.shareOk')} /> OK to share with partner
              distributors
            </label>
          </div>

          <h3 className={styles.group}>What they looked at and why not</h3>
          {text('changes.product', 'Product', c?.product?.message)}
          {text('changes.category', 'Category', c?.category?.message)}
          {text('changes.priceQuotedCents', 'Price quoted', c?.priceQuotedCents?.message, {
            inputMode: 'decimal',
            placeholder: '$',
          })}
          <Field label="How close (1–5)" htmlFor="changes.closeness" error={c?.closeness?.message}>
            <select id="changes.closeness" {...register('changes.closeness', { valueAsNumber: true })}>
              <option value="1">1 — just looking</option>
              <option value="2">2</option>
              <option value="3">3 — interested</option>
              <option value="4">4</option>
              <option value="5">5 — nearly bought</option>
            </select>
          </Field>
          <div className={styles.wide}>
            <Field label="Objection" htmlFor="changes.objection" error={c?.objection?.message}>
              <select id="changes.objection" {...register('changes.objection')}>
                {OBJECTIONS.map((o) => (
                  <option key={o} value={o}>
                    {OBJECTION_LABELS[o]}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          {notes('changes.objectionText', 'In their words', c?.objectionText?.message)}
          {notes('changes.painPoints', 'Pain points', c?.painPoints?.message)}
          {notes('changes.motivation', 'Motivation', c?.motivation?.message)}
          {notes('changes.personalDetails', 'Personal details', c?.personalDetails?.message)}
        </div>
        {story.walkout.status === 'sold' && <p className="hint">{SALE_NOT_CORRECTED}</p>}
        {problem && <Banner tone="error">{problem}</Banner>}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={correct.isPending}>
            Save corrections
          </button>
          <button type="button" onClick={onDone}>
            Cancel <kbd>Esc</kbd>
          </button>
        </div>
      </form>
    </Dialog>
  );
}
