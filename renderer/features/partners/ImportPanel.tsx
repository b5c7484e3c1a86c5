// "Import leads": a partner's file is checked whole first (every problem listed, nothing written),
// then each lead that matches a prospect already here is merged or kept apart by the owner's choice,
// and the leads land on the chosen rep's calendar.
import { useState } from 'react';
import type { ImportResultDto, PartnerDto } from '../../../shared/contract/dto';
import { useApiMutation, useApiQuery } from '../../api/useApi';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { plural } from '../../ui/format';
import { MergeChoice } from '../../ui/MergeChoice';
import { type ChosenFile, FilePicker, FileProblems } from './PartnerFile';
import styles from './Partners.module.css';

type Decision = 'merge' | 'new';
/** A file can match hundreds of prospects here; past this many, the owner chooses for all at once. */
const SHOWN_MATCHES = 50;

export function ImportPanel({ partner }: { partner: PartnerDto }) {
  const team = useApiQuery('employees.list', {});
  const check = useApiMutation('partners.importCheck');
  const importLeads = useApiMutation('partners.importLeads');
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});
  const [assignTo, setAssignTo] = useState<number | null>(null);
  const [pickerKey, setPickerKey] = useState(0);
  const [result, setResult] = useState<{ done: ImportResultDto; to: string } | null>(null);
  const active = team.data?.filter((e) => e.active) ?? [];

  const chosen = (f: ChosenFile | null) => {
    setFile(f);
    setDecisions({});
    check.reset();
    importLeads.reset();
    if (f) {
      setResult(null);
      check.mutate({ partnerId: partner.id, fileName: f.name, content: f.content });
    }
  };

  const c = file ? check.data : undefined;
  const chooseAll = (d: Decision) => {
    if (c) setDecisions(Object.fromEntries(c.matches.map((m) => [m.shareId, d])));
  };
  const fresh = c ? c.leads - c.alreadyImported : 0;
  const undecided = c ? c.matches.filter((m) => !decisions[m.shareId]).length : 0;
  const ready = c && file && fresh > 0 && undecided === 0 && assignTo !== null && !importLeads.isPending;

  const run = () => {
    if (!ready || !file || assignTo === null) return;
    const to = active.find((e) => e.id === assignTo)?.name ?? 'the chosen rep';
    importLeads.mutate(
      { partnerId: partner.id, fileName: file.name, content: file.content, assignTo, decisions },
      {
        onSuccess: (done) => {
          setResult({ done, to });
          setFile(null);
          check.reset();
          setPickerKey((k) => k + 1);
        },
      },
    );
  };

  return (
    <section className={`card ${styles.partnerPanel}`} aria-labelledby="import-leads-title">
      <h3 id="import-leads-title">Import leads</h3>
      <FilePicker
        key={pickerKey}
        id={`import-leads-file-${partner.id}`}
        label={`Leads file from ${partner.name}`}
        accept=".json,.csv,.xml,.adf"
        hint="BeBack JSON or CSV, or ADF 1.0 XML; up to 40 MB"
        disabled={importLeads.isPending}
        onChosen={chosen}
      />
      {check.isPending && <p className="muted">Checking every lead in the file…</p>}
      {check.error && <FileProblems error={check.error} />}
      {c && (
        <>
          <p className={styles.checkLine}>
            <strong>
              {plural(c.leads, 'lead')} from {c.sender}
            </strong>
            ; {c.alreadyImported.toLocaleString('en-US')} already imported
          </p>
          {c.matches.length > 0 && (
            <div className={styles.matches}>
              <p className="muted">
                {plural(c.matches.length, 'lead matches', 'leads match')} a prospect already here. Choose for
                each:
              </p>
              {c.matches.length > 1 && (
                <div className={styles.matchAll}>
                  <button type="button" onClick={() => chooseAll('merge')}>
                    Merge all {c.matches.length.toLocaleString('en-US')}
                  </button>
                  <button type="button" onClick={() => chooseAll('new')}>
                    Keep all {c.matches.length.toLocaleString('en-US')} as new prospects
                  </button>
                </div>
              )}
              {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolled list must be reachable by keyboard */}
              <section className={styles.matchList} tabIndex={0} aria-label="Matching leads">
                {c.matches.slice(0, SHOWN_MATCHES).map((m) => (
                  <MergeChoice
                    key={m.shareId}
                    className={styles.matchChoice}
                    legend={
                      <>
                        {m.leadName} <span className="muted">— same {m.matchedOn} as</span> {m.prospectName}
                      </>
                    }
                    name={`match-${m.shareId}`}
                    prospectName={m.prospectName}
                    value={decisions[m.shareId]}
                    onChange={(d) => setDecisions({ ...decisions, [m.shareId]: d })}
                  />
                ))}
              </section>
              {c.matches.length > SHOWN_MATCHES && (
                <p className="muted">
                  …and {plural(c.matches.length - SHOWN_MATCHES, 'more matching lead')}: choose for all of
                  them with the buttons above
                  {undecided > 0 ? ` (${plural(undecided, 'lead')} still to choose)` : ''}.
                </p>
              )}
            </div>
          )}
          {fresh > 0 ? (
            <div className={styles.panelFields}>
              <Field
                label="Assign to"
                htmlFor={`import-assign-${partner.id}`}
                hint="Their first calls go on this calendar"
              >
                <select
                  id={`import-assign-${partner.id}`}
                  value={assignTo ?? ''}
                  onChange={(e) => setAssignTo(e.target.value === '' ? null : Number(e.target.value))}
                >
                  <option value="">Choose who calls them</option>
                  {active.map((e) => (
                    <option key={e.id} value={e.id}>
                      {e.name}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
          ) : (
            <Banner tone="info">
              Every lead in this file is already here; there is nothing new to import.
            </Banner>
          )}
          {importLeads.isPending ? (
            <div className={styles.fileProgress}>
              <label htmlFor={`import-progress-${partner.id}`}>Importing {plural(fresh, 'lead')}…</label>
              <progress id={`import-progress-${partner.id}`} />
            </div>
          ) : (
            fresh > 0 && (
              <button type="button" className="primary" disabled={!ready} onClick={run}>
                Import {plural(fresh, 'lead')}
              </button>
            )
          )}
          {undecided > 0 && fresh > 0 && (
            <p className="field-hint">Choose merge or new for {plural(undecided, 'matching lead')} first.</p>
          )}
        </>
      )}
      {importLeads.error && <FileProblems error={importLeads.error} />}
      {result && <Banner tone="ok">{resultText(result.done, result.to)}</Banner>}
    </section>
  );
}

function resultText(r: ImportResultDto, to: string): string {
  const merged =
    r.merged > 0 ? ` (${r.merged.toLocaleString('en-US')} merged into prospects already here)` : '';
  const already =
    r.alreadyImported > 0 ? `; ${r.alreadyImported.toLocaleString('en-US')} were already here` : '';
  const calls = r.imported > 0 ? `. Their first calls are on ${to}'s calendar.` : '.';
  return `Imported ${plural(r.imported, 'lead')}${merged}${already}${calls}`;
}
