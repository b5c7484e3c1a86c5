// Choosing a partner's file (read as text in the renderer, refused over 40 MB before it is sent) and
// showing every problem a rejected file has, where a person opening the file finds it.
import { useState } from 'react';
import type { ApiError } from '../../api/client';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import styles from './Partners.module.css';

/** The same limit the backend's file readers apply (100 000 leads fit well under it). */
const MAX_FILE_BYTES = 40 * 1024 * 1024;

export interface ChosenFile {
  name: string;
  content: string;
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

interface PickerProps {
  id: string;
  label: string;
  accept: string;
  hint: string;
  disabled?: boolean;
  onChosen: (file: ChosenFile | null) => void;
}

/**
 * The bytes read as UTF-8 with every byte-order mark kept (file.text() drops the first one), so the
 * backend sees exactly how the file starts and can name a second BOM or a UTF-16 file.
 */
async function readAsUtf8(file: File): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await file.arrayBuffer());
}

export function FilePicker({ id, label, accept, hint, disabled, onChosen }: PickerProps) {
  const [chosen, setChosen] = useState<{ name: string; size: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [reading, setReading] = useState(false);

  const choose = async (file: File | undefined) => {
    setProblem(null);
    setChosen(file ? { name: file.name, size: file.size } : null);
    onChosen(null);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setProblem(
        `${file.name} is ${formatSize(file.size)}; BeBack reads partner files up to 40 MB. Ask the partner to split it into smaller files.`,
      );
      return;
    }
    setReading(true);
    try {
      onChosen({ name: file.name, content: await readAsUtf8(file) });
    } catch {
      setProblem(`${file.name} could not be read. Is it still on the disk?`);
    } finally {
      setReading(false);
    }
  };

  return (
    <div className="file-picker">
      <Field label={label} htmlFor={id} hint={hint} error={problem ?? undefined}>
        <input
          id={id}
          type="file"
          accept={accept}
          disabled={disabled}
          // Cleared as the dialog opens, so choosing the same (corrected) file again is still a change.
          onClick={(e) => {
            e.currentTarget.value = '';
            void choose(undefined);
          }}
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </Field>
      {chosen && !problem && (
        <p className={styles.fileChosen}>
          <strong>{chosen.name}</strong> <span className="muted">{formatSize(chosen.size)}</span>
          {reading && <span className="muted"> · reading…</span>}
        </p>
      )}
    </div>
  );
}

/** A rejected file: the backend's summary (which names the first problem), then, when there are more,
 *  every problem it listed (it stops at 50 and says how many more). Nothing was written. */
export function FileProblems({ error }: { error: ApiError }) {
  return (
    <Banner tone="error">
      <p className={styles.problemsSummary}>{error.message}</p>
      {error.issues.length > 1 && (
        <ul className={styles.fileProblems} aria-label="Problems in the file">
          {error.issues.map((i, n) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: problems have no id; the list is fixed per error
            <li key={n}>
              {i.path ? <strong>{i.path}:</strong> : null} {i.message}
            </li>
          ))}
        </ul>
      )}
    </Banner>
  );
}
