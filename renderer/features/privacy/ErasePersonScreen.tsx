// Settings → Erase a person (owner only), for a privacy request: find the person, see what goes and
// which partners to tell, type their name to confirm, then the partners to tell once more.
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ErasedDto } from '../../../shared/contract/dto';
import { useStoreSettings } from '../../app/useStoreSettings';
import { Banner } from '../../ui/Banner';
import { plural } from '../../ui/format';
import { ErasePreview } from './ErasePreview';
import { FindPerson } from './FindPerson';
import { PartnersToTell } from './PartnersToTell';
import './privacy.css';

type Step =
  | { kind: 'find' }
  | { kind: 'preview'; prospectId: number }
  | { kind: 'done'; name: string; result: ErasedDto };

export function ErasePersonScreen() {
  const [step, setStep] = useState<Step>({ kind: 'find' });
  return (
    <div className="erase-person">
      <div className="screen-head">
        <h1>Erase a person</h1>
        <Link to="/settings">Back to settings</Link>
        <p className="hint">
          For a customer who asks to be forgotten. Their name, phone, e-mail, notes, personal details and
          messages go from every record; their visits stay as anonymous rows, so every count and dashboard
          figure stays exactly as it is.
        </p>
      </div>
      {step.kind === 'find' && (
        <FindPerson onChoose={(prospectId) => setStep({ kind: 'preview', prospectId })} />
      )}
      {step.kind === 'preview' && (
        <ErasePreview
          prospectId={step.prospectId}
          onBack={() => setStep({ kind: 'find' })}
          onErased={(name, result) => setStep({ kind: 'done', name, result })}
        />
      )}
      {step.kind === 'done' && (
        <Erased name={step.name} result={step.result} onAgain={() => setStep({ kind: 'find' })} />
      )}
      <BackupNote />
    </div>
  );
}

function Erased({ name, result, onAgain }: { name: string; result: ErasedDto; onAgain: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card erase-step" aria-labelledby="erase-done-title">
      <h2 id="erase-done-title" ref={heading} tabIndex={-1}>
        {name} was erased
      </h2>
      <Banner tone="ok">
        {plural(result.walkouts, 'visit')} kept as anonymous rows
        {result.followUpsCancelled > 0 && `, ${plural(result.followUpsCancelled, 'open call')} cancelled`}
        {result.mentions > 0 && `, their details taken out of ${plural(result.mentions, 'other record')}`}.
      </Banner>
      <PartnersToTell partners={result.partners} done />
      <div className="form-actions">
        <button type="button" onClick={onAgain}>
          Erase another person
        </button>
      </div>
    </section>
  );
}

function BackupNote() {
  const { backupKeepToday, backupKeepDays, backupKeepMonths } = useStoreSettings();
  const longest = backupKeepMonths > 0 ? plural(backupKeepMonths, 'month') : plural(backupKeepDays, 'day');
  return (
    <aside className="erase-backups" aria-label="Backups">
      <h2>Backups</h2>
      <p>
        Automatic backups keep the last {backupKeepToday} of today, one a day for{' '}
        {plural(backupKeepDays, 'day')} and one a month for {plural(backupKeepMonths, 'month')} (Settings →
        Backups). An erased person stays in the older backups until the rotation ages them out: up to{' '}
        {longest}. If you restore a backup made before the erasure, erase them again.
      </p>
    </aside>
  );
}
