// The owner's partner exchange: agreements with partner stores, and per partner the leads shared
// with them, the leads received from them, the outcomes that settle commissions, and every file
// that went either way.
import { useState } from 'react';
import type { PartnerDto } from '../../../shared/contract/dto';
import { useApiQuery } from '../../api/useApi';
import { useStoreSettings } from '../../app/useStoreSettings';
import { Banner } from '../../ui/Banner';
import { EmptyState } from '../../ui/EmptyState';
import { formatMoneyExact } from '../../ui/format';
import { activeText, agreementAge, sharedText, territoryText } from './agreement';
import { BatchList } from './BatchList';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { OutcomesPanel } from './OutcomesPanel';
import { PartnerForm } from './PartnerForm';
import styles from './Partners.module.css';

type Mode = { kind: 'list' } | { kind: 'form'; editing: PartnerDto | null };

export function PartnersScreen() {
  const partners = useApiQuery('partners.list', {});
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const selected = partners.data?.find((p) => p.id === selectedId) ?? null;

  return (
    <div className={styles.partners}>
      <div className="screen-head">
        <h1>Partners</h1>
        {mode.kind === 'list' && (
          <button
            type="button"
            className="primary"
            onClick={() => {
              setSaved(null);
              setMode({ kind: 'form', editing: null });
            }}
          >
            Add a partner
          </button>
        )}
        <p className="hint">
          Only walkouts whose customer agreed to sharing, and did not ask not to be contacted, ever leave the
          store.
        </p>
      </div>
      {saved && <Banner tone="ok">{saved}</Banner>}
      {mode.kind === 'form' && (
        <PartnerForm
          editing={mode.editing}
          onCancel={() => setMode({ kind: 'list' })}
          onSaved={(p, created) => {
            setSaved(created ? `${p.name} added.` : `${p.name} saved.`);
            setSelectedId(p.id);
            setMode({ kind: 'list' });
          }}
        />
      )}
      {partners.error && <Banner tone="error">{partners.error.message}</Banner>}
      {partners.isPending && <p className="muted">Loading partners…</p>}
      {partners.data?.length === 0 && mode.kind === 'list' && (
        <EmptyState
          title="No partners yet"
          next="Add a partner store you have an agreement with, to share the walkouts you could not sell and be paid for the ones they do."
        />
      )}
      {partners.data && partners.data.length > 0 && (
        <PartnerTable
          partners={partners.data}
          selectedId={selectedId}
          onSelect={(id) => {
            if (id !== selectedId) setSaved(null);
            setSelectedId(id);
          }}
          onEdit={(p) => {
            setSaved(null);
            setMode({ kind: 'form', editing: p });
          }}
        />
      )}
      {selected ? (
        <section
          className={styles.partnerWork}
          aria-label={`Exchange with ${selected.name}`}
          key={selected.id}
        >
          <h2>Exchange with {selected.name}</h2>
          <div className={styles.partnerPanels}>
            <ExportPanel partner={selected} />
            <ImportPanel partner={selected} />
            <OutcomesPanel partner={selected} />
          </div>
          <BatchList partner={selected} />
        </section>
      ) : (
        partners.data &&
        partners.data.length > 0 && (
          <p className="muted">Choose a partner to share leads, import theirs, or settle outcomes.</p>
        )
      )}
    </div>
  );
}

interface TableProps {
  partners: PartnerDto[];
  selectedId: number | null;
  onSelect: (id: number) => void;
  onEdit: (p: PartnerDto) => void;
}

function PartnerTable({ partners, selectedId, onSelect, onEdit }: TableProps) {
  const { timeZone } = useStoreSettings();
  return (
    <table className={`table ${styles.partnerTable}`} aria-label="Partners">
      <thead>
        <tr>
          <th scope="col">Partner</th>
          <th scope="col">Agreement shares</th>
          <th scope="col" className={styles.num}>
            Per partner sale
          </th>
          <th scope="col">Territory · categories · share after</th>
          <th scope="col">Active</th>
          <th scope="col" className={styles.num}>
            Leads shared
          </th>
          <th scope="col" className={styles.num}>
            Leads received
          </th>
          <th scope="col" className={styles.num}>
            Partner sales
          </th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {partners.map((p) => (
          <tr key={p.id} className={p.id === selectedId ? 'chosen' : ''}>
            <td>
              <button
                type="button"
                className={styles.partnerPick}
                aria-pressed={p.id === selectedId}
                onClick={() => onSelect(p.id)}
              >
                {p.name}
              </button>
              {p.contact && <span className={`muted ${styles.partnerContact}`}>{p.contact}</span>}
            </td>
            <td>{sharedText(p.sharedFields)}</td>
            <td className={styles.num}>{formatMoneyExact(p.commissionCents)}</td>
            <td>
              {[
                territoryText(p),
                p.categories.length ? p.categories.join(', ') : 'any category',
                agreementAge(p.shareAfterDays).toLowerCase(),
              ].join(' · ')}
            </td>
            <td>{activeText(p, timeZone)}</td>
            <td className={styles.num}>{p.leadsShared.toLocaleString('en-US')}</td>
            <td className={styles.num}>{p.leadsReceived.toLocaleString('en-US')}</td>
            <td className={styles.num}>{p.partnerSales.toLocaleString('en-US')}</td>
            <td>
              <button type="button" className="link" onClick={() => onEdit(p)}>
                Edit <span className="sr-only">{p.name}</span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
