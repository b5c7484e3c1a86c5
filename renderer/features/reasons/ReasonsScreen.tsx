// Managers and owners: the reason bank ("The reason I'm calling is ____") and its campaigns.
import { useState } from 'react';
import type { ReasonDto } from '../../../shared/contract/dto';
import { REASON_CATEGORY_LABELS } from '../../../shared/domain/reasonRanking';
import { OBJECTION_LABELS } from '../../../shared/domain/vocab';
import { useApiMutation, useApiQuery } from '../../api/useApi';
import { useStoreSettings } from '../../app/useStoreSettings';
import { Banner } from '../../ui/Banner';
import { EmptyState } from '../../ui/EmptyState';
import { formatDate } from '../../ui/format';
import { CampaignDialog } from './CampaignDialog';
import { ReasonForm } from './ReasonForm';
import styles from './ReasonsScreen.module.css';

type Mode =
  | { kind: 'list' }
  | { kind: 'form'; editing: ReasonDto | null }
  | { kind: 'campaign'; reason: ReasonDto };

export function ReasonsScreen() {
  const { timeZone } = useStoreSettings();
  const [showRetired, setShowRetired] = useState(false);
  const reasons = useApiQuery('reasons.list', { includeRetired: showRetired });
  const retire = useApiMutation('reasons.retire');
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [saved, setSaved] = useState<string | null>(null);

  const fits = (r: ReasonDto) => {
    const parts = [
      ...r.products,
      ...r.categories,
      ...r.objections.map((o) => `${OBJECTION_LABELS[o]} objection`),
    ];
    return parts.length ? parts.join(' · ') : 'Any walkout';
  };
  const active = (r: ReasonDto) => {
    if (r.retiredAt !== null) return `Retired ${formatDate(r.retiredAt, timeZone)}`;
    const from = r.activeFrom ? `from ${formatDate(r.activeFrom, timeZone)}` : '';
    const until = r.activeUntil ? `until ${formatDate(r.activeUntil, timeZone)}` : '';
    return [from, until].filter(Boolean).join(' ') || 'Always';
  };

  return (
    <div>
      <div className="screen-head">
        <h1>Reasons to call</h1>
        {mode.kind === 'list' && (
          <button type="button" className="primary" onClick={() => setMode({ kind: 'form', editing: null })}>
            Add a reason
          </button>
        )}
      </div>
      {saved && <Banner tone="ok">{saved}</Banner>}
      {mode.kind === 'form' && (
        <ReasonForm
          editing={mode.editing}
          onCancel={() => setMode({ kind: 'list' })}
          onSaved={(r, created) => {
            setSaved(created ? null : 'Reason saved.');
            setMode(created ? { kind: 'campaign', reason: r } : { kind: 'list' });
          }}
        />
      )}
      {mode.kind === 'campaign' && (
        <CampaignDialog
          reason={mode.reason}
          onClose={() => {
            setSaved('Reason saved.');
            setMode({ kind: 'list' });
          }}
        />
      )}
      {reasons.error && <Banner tone="error">{reasons.error.message}</Banner>}
      {retire.error && <Banner tone="error">{retire.error.message}</Banner>}
      <label className="check">
        <input type="checkbox" checked={showRetired} onChange={(e) => setShowRetired(e.target.checked)} />{' '}
        Show retired reasons
      </label>
      {reasons.data?.length === 0 && (
        <EmptyState
          title="No reasons yet"
          next="Add what is new — a product, a policy, a capability — so every call has a reason of value."
        />
      )}
      {reasons.data && reasons.data.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">The reason I'm calling is…</th>
              <th scope="col">Kind</th>
              <th scope="col">Fits</th>
              <th scope="col">Active</th>
              <th scope="col">Used</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {reasons.data.map((r) => (
              <tr key={r.id} className={r.retiredAt ? 'inactive' : ''}>
                <td>{r.text}</td>
                <td>{REASON_CATEGORY_LABELS[r.category]}</td>
                <td>{fits(r)}</td>
                <td>{active(r)}</td>
                <td>
                  {r.stats.attempts === 0
                    ? 'Not used yet'
                    : `${r.stats.attempts} ${r.stats.attempts === 1 ? 'call' : 'calls'} · ${r.stats.reached} reached · ${r.stats.sold} sold`}
                </td>
                <td>
                  {r.retiredAt === null && (
                    <div className={styles.rowActions}>
                      <button
                        type="button"
                        className="link"
                        onClick={() => setMode({ kind: 'form', editing: r })}
                      >
                        Edit
                      </button>
                      <button
                        type="button"
                        className="link"
                        onClick={() => setMode({ kind: 'campaign', reason: r })}
                      >
                        Campaign
                      </button>
                      <button type="button" className="link" onClick={() => retire.mutate({ id: r.id })}>
                        Retire
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
