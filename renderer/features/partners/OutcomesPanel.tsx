// "Outcomes": what became of the leads this partner sent us, as a file for them; and their file about
// the leads we sent them, which records partner sales and credits the reps whose walkouts they were.
import { useState } from 'react';
import type { OutcomesImportedDto, PartnerDto } from '../../../shared/contract/dto';
import { useApiMutation } from '../../api/useApi';
import { Banner } from '../../ui/Banner';
import { plural } from '../../ui/format';
import { downloadPartnerFile, shortSha } from './download';
import { type ChosenFile, FilePicker, FileProblems } from './PartnerFile';
import styles from './Partners.module.css';

type Format = 'json' | 'csv';

export function OutcomesPanel({ partner }: { partner: PartnerDto }) {
  const exportOutcomes = useApiMutation('partners.exportOutcomes');
  const exported = exportOutcomes.data;
  const importOutcomes = useApiMutation('partners.importOutcomes');
  const [format, setFormat] = useState<Format>('csv');
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [recorded, setRecorded] = useState<OutcomesImportedDto | null>(null);
  const [pickerKey, setPickerKey] = useState(0);

  const runExport = () => {
    exportOutcomes.mutate({ partnerId: partner.id, format }, { onSuccess: downloadPartnerFile });
  };
  const runImport = () => {
    if (!file) return;
    importOutcomes.mutate(
      { partnerId: partner.id, fileName: file.name, content: file.content },
      {
        onSuccess: (r) => {
          setRecorded(r);
          setFile(null);
          setPickerKey((k) => k + 1);
        },
      },
    );
  };

  return (
    <section className={`card ${styles.partnerPanel}`} aria-labelledby="outcomes-title">
      <h3 id="outcomes-title">Outcomes</h3>
      <div className={styles.outcomesPart}>
        <h4>Tell {partner.name} what became of their leads</h4>
        {partner.leadsReceived === 0 ? (
          <p className="muted">No leads received from {partner.name} yet.</p>
        ) : (
          <>
            <fieldset className={styles.inlinePicks}>
              <legend>File format</legend>
              {(
                [
                  ['json', 'JSON'],
                  ['csv', 'CSV (Excel)'],
                ] as const
              ).map(([f, label]) => (
                <label key={f} className="check">
                  <input
                    type="radio"
                    name={`outcomes-format-${partner.id}`}
                    checked={format === f}
                    onChange={() => setFormat(f)}
                  />
                  {label}
                </label>
              ))}
            </fieldset>
            <button type="button" disabled={exportOutcomes.isPending} onClick={runExport}>
              Export outcomes of {plural(partner.leadsReceived, 'lead')}
            </button>
          </>
        )}
        {exportOutcomes.error && <Banner tone="error">{exportOutcomes.error.message}</Banner>}
        {exported && (
          <Banner tone="ok">
            Exported {plural(exported.count, 'outcome')} to {exported.fileName} · {shortSha(exported.sha256)}
          </Banner>
        )}
      </div>
      <div className={styles.outcomesPart}>
        <h4>Record what {partner.name} sold</h4>
        <FilePicker
          key={pickerKey}
          id={`import-outcomes-file-${partner.id}`}
          label={`Outcome file from ${partner.name}`}
          accept=".json,.csv"
          hint="BeBack outcomes, JSON or CSV; up to 40 MB"
          disabled={importOutcomes.isPending}
          onChosen={(f) => {
            setFile(f);
            importOutcomes.reset();
            if (f) setRecorded(null);
          }}
        />
        <button type="button" disabled={!file || importOutcomes.isPending} onClick={runImport}>
          {importOutcomes.isPending ? 'Recording outcomes…' : 'Import outcomes'}
        </button>
        {importOutcomes.error && <FileProblems error={importOutcomes.error} />}
        {recorded && <Banner tone="ok">{recordedText(recorded)}</Banner>}
      </div>
    </section>
  );
}

function recordedText(r: OutcomesImportedDto): string {
  if (r.batchId === null)
    return `Nothing new in this file: ${plural(r.unchanged, 'outcome')} already recorded.`;
  // "updated" counts every lead whose reported outcome changed, sales included.
  return `Recorded ${plural(r.sold, 'partner sale')}, credited ${plural(r.credits, 'rep')}; ${plural(r.updated, 'outcome')} updated, ${r.unchanged.toLocaleString('en-US')} unchanged.`;
}
