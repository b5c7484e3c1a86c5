// Every file that went to or came from a partner: when, what, how many leads, who, and its digest; a file
// of leads we sent can be sent again in any format (the same leads, minus those no longer shareable).
import type { PartnerDto, ShareBatchDto } from '../../../shared/contract/dto';
import { useApiMutation, useApiQuery } from '../../api/useApi';
import { useStoreNow } from '../../app/useStoreClock';
import { useStoreSettings } from '../../app/useStoreSettings';
import { Banner } from '../../ui/Banner';
import { EmptyState } from '../../ui/EmptyState';
import { formatDate, formatWhen } from '../../ui/format';
import { BATCH_KIND_LABELS, resentText, sharedText } from './agreement';
import { downloadPartnerFile } from './download';
import styles from './Partners.module.css';

const RESEND_FORMATS: [ShareBatchDto['format'], string][] = [
  ['json', 'JSON'],
  ['csv', 'CSV'],
  ['adf', 'ADF'],
];

export function BatchList({ partner }: { partner: PartnerDto }) {
  const { timeZone } = useStoreSettings();
  const now = useStoreNow();
  const batches = useApiQuery('partners.batches', { partnerId: partner.id });
  const resend = useApiMutation('partners.resend');
  const sendAgain = (batchId: number, format: ShareBatchDto['format']) =>
    resend.mutate({ batchId, format }, { onSuccess: downloadPartnerFile });
  const firstSent = (id: number | null) => batches.data?.find((b) => b.id === id);
  const when = (t: number) => (now === null ? formatDate(t, timeZone) : formatWhen(t, now, timeZone));

  return (
    <section className={styles.batchHistory} aria-labelledby="batch-history-title">
      <h3 id="batch-history-title">Files exchanged with {partner.name}</h3>
      {batches.error && <Banner tone="error">{batches.error.message}</Banner>}
      {resend.error && <Banner tone="error">{resend.error.message}</Banner>}
      {resend.data && !resend.isPending && <Banner tone="ok">{resentText(resend.data)}</Banner>}
      {batches.data?.length === 0 && (
        <EmptyState
          title="No files yet"
          next={`Every file shared with or received from ${partner.name} is listed here, with its SHA-256 to compare with theirs.`}
        />
      )}
      {batches.data && batches.data.length > 0 && (
        <table className="table" aria-labelledby="batch-history-title">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Kind</th>
              <th scope="col">File</th>
              <th scope="col" className={styles.num}>
                Leads
              </th>
              <th scope="col">By</th>
              <th scope="col">SHA-256</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {batches.data.map((b) => (
              <tr key={b.id}>
                <td>{when(b.createdAt)}</td>
                <td>
                  {b.resendOf === null ? BATCH_KIND_LABELS[b.kind] : 'Leads sent again'}
                  {b.resendOf !== null && firstSent(b.resendOf) && (
                    <span className={`muted ${styles.batchFields}`}>
                      First sent: {when(firstSent(b.resendOf)!.createdAt)}
                    </span>
                  )}
                  {b.kind === 'lead_export' && (
                    <span className={`muted ${styles.batchFields}`}>{sharedText(b.fields)}</span>
                  )}
                </td>
                <td>
                  <span className={styles.batchFile}>{b.fileName}</span>{' '}
                  <span className="tag">{b.format.toUpperCase()}</span>
                </td>
                <td className={styles.num}>{b.count.toLocaleString('en-US')}</td>
                <td>{b.createdByName}</td>
                <td>
                  <code title={b.sha256}>{b.sha256.slice(0, 12)}…</code>
                </td>
                <td>
                  {b.kind === 'lead_export' && (
                    <fieldset className={styles.sendAgain} aria-label={`Send ${b.fileName} again`}>
                      <legend className={`muted ${styles.sendAgainLegend}`}>Send again as…</legend>
                      {RESEND_FORMATS.map(([f, label]) => (
                        <button
                          key={f}
                          type="button"
                          aria-label={`Send again as ${label}`}
                          disabled={resend.isPending}
                          onClick={() => sendAgain(b.id, f)}
                        >
                          {label}
                        </button>
                      ))}
                    </fieldset>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
