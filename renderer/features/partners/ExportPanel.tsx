// "Share leads": which walkouts go to this partner (only consented ones ever qualify), a live count of
// who qualifies and who is left out and why, then the file in the partner's format.
import { useState } from 'react';
import type { ExportPreviewDto, PartnerDto } from '../../../shared/contract/dto';
import { useApiMutation, useApiQuery } from '../../api/useApi';
import { useStoreSettings } from '../../app/useStoreSettings';
import { Banner } from '../../ui/Banner';
import { CheckGroup } from '../../ui/CheckGroup';
import { EmployeeSelect } from '../../ui/EmployeeSelect';
import { Field } from '../../ui/Field';
import { formatDate, plural } from '../../ui/format';
import { agreementAge, territoryText } from './agreement';
import { downloadPartnerFile, shortSha } from './download';
import styles from './Partners.module.css';

type Status = 'open' | 'not_now' | 'lost';
type Format = 'json' | 'csv' | 'adf';
const STATUSES: [Status, string][] = [
  ['open', 'Open'],
  ['not_now', 'Not now'],
  ['lost', 'Lost'],
];
const FORMATS: [Format, string][] = [
  ['json', 'JSON'],
  ['csv', 'CSV (Excel)'],
  ['adf', 'ADF 1.0 XML'],
];

export function ExportPanel({ partner }: { partner: PartnerDto }) {
  const { timeZone } = useStoreSettings();
  const [statuses, setStatuses] = useState<Status[]>(['open', 'not_now', 'lost']);
  const [category, setCategory] = useState(partner.categories.length === 1 ? partner.categories[0] : '');
  const [employeeId, setEmployeeId] = useState<number | null>(null);
  const [format, setFormat] = useState<Format>('csv');
  const [writing, setWriting] = useState(0);
  const exportLeads = useApiMutation('partners.exportLeads');
  const exported = exportLeads.data;

  const statusProblem = statuses.length === 0 ? 'Choose at least one status' : undefined;
  const filter = {
    partnerId: partner.id,
    statuses,
    ...(category.trim() ? { category: category.trim() } : {}),
    ...(employeeId === null ? {} : { employeeId }),
  };
  const preview = useApiQuery('partners.exportPreview', filter, {
    enabled: !statusProblem,
    placeholderData: (previous) => previous,
  });
  const p = !statusProblem ? preview.data : undefined;

  const run = () => {
    if (!p) return;
    setWriting(p.qualifying);
    exportLeads.mutate({ ...filter, format }, { onSuccess: downloadPartnerFile });
  };

  return (
    <section className={`card ${styles.partnerPanel}`} aria-labelledby="share-leads-title">
      <h3 id="share-leads-title">Share leads</h3>
      <CheckGroup
        legend="Walkouts that are"
        className={styles.inlinePicks}
        options={STATUSES}
        value={statuses}
        onChange={setStatuses}
      >
        {statusProblem && <span className="field-message">{statusProblem}</span>}
      </CheckGroup>
      <p className={styles.agreementScope}>
        <span>
          <strong>{agreementAge(partner.shareAfterDays)}</strong> (this partner’s agreement)
        </span>
        <span className="muted">{territoryText(partner)}</span>
      </p>
      <div className={styles.panelFields}>
        <Field label="Category" htmlFor="export-category" hint="Empty: any category">
          <input id="export-category" value={category} onChange={(e) => setCategory(e.target.value)} />
        </Field>
        <Field label="Rep" htmlFor="export-rep">
          <EmployeeSelect id="export-rep" anyLabel="Any rep" value={employeeId} onChange={setEmployeeId} />
        </Field>
      </div>
      <div
        className={
          preview.isPlaceholderData ? `${styles.exportPreview} ${styles.stale}` : styles.exportPreview
        }
        aria-live="polite"
      >
        {preview.error && <Banner tone="error">{preview.error.message}</Banner>}
        {p && <PreviewLine preview={p} partnerName={partner.name} />}
        {p && p.sample.length > 0 && (
          <details>
            <summary>Preview the first {p.sample.length}</summary>
            <ul className={styles.sample}>
              {p.sample.map((s) => (
                <li key={s.walkoutId}>
                  {s.prospectName} — {s.product} ({s.ownerName}, {formatDate(s.visitedAt, timeZone)})
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>
      <fieldset className={styles.inlinePicks}>
        <legend>File format</legend>
        {FORMATS.map(([f, label]) => (
          <label key={f} className="check">
            <input
              type="radio"
              name={`export-format-${partner.id}`}
              checked={format === f}
              onChange={() => setFormat(f)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      {exportLeads.isPending ? (
        <div className={styles.fileProgress}>
          <label htmlFor="export-progress">Writing {plural(writing, 'lead')}…</label>
          <progress id="export-progress" />
        </div>
      ) : (
        <button type="button" className="primary" disabled={!p || p.qualifying === 0} onClick={run}>
          Export {plural(p?.qualifying ?? 0, 'lead')}
        </button>
      )}
      {exportLeads.error && <Banner tone="error">{exportLeads.error.message}</Banner>}
      {exported && (
        <Banner tone="ok">
          Exported {plural(exported.count, 'lead')} to {exported.fileName} · {shortSha(exported.sha256)}
        </Banner>
      )}
    </section>
  );
}

function PreviewLine({ preview, partnerName }: { preview: ExportPreviewDto; partnerName: string }) {
  const { qualifying, leftOut } = preview;
  const reasons = [
    [leftOut.noShareConsent, 'without share consent'],
    [leftOut.doNotContact, 'do-not-contact'],
    [leftOut.alreadyShared, `already shared with ${partnerName}`],
    [leftOut.outsideAgreement, `outside the categories agreed with ${partnerName}`],
    [leftOut.outsideTerritory, 'outside the territory'],
    [leftOut.stillBeingWorked, 'still being worked'],
    [leftOut.noContactDetails, 'without phone or email'],
  ] as const;
  const parts = reasons.filter(([n]) => n > 0).map(([n, why]) => `${n.toLocaleString('en-US')} ${why}`);
  return (
    <p className={styles.previewLine}>
      <strong>
        {plural(qualifying, 'walkout')} {qualifying === 1 ? 'qualifies' : 'qualify'}
      </strong>
      {parts.length > 0 ? `; left out: ${parts.join(', ')}` : '; none left out'}
    </p>
  );
}
