// A time zone chosen from the list, never typed free: type part of a name, arrows to move, Enter to take it.
import { useEffect, useMemo, useState } from 'react';
import styles from './TimeZonePicker.module.css';
import { knownTimeZones, matchTimeZones } from './timeZones';

/** More than this many matches are not drawn: typing a few more letters narrows the list. */
const SHOWN = 60;

interface TimeZonePickerProps {
  id: string;
  value: string;
  onChange: (zone: string) => void;
  onBlur?: () => void;
  invalid?: boolean;
  /** The id of the line that describes the choice (its error, or the local time there). */
  describedBy?: string;
}

export function TimeZonePicker({ id, value, onChange, onBlur, invalid, describedBy }: TimeZonePickerProps) {
  const zones = useMemo(() => knownTimeZones(value), [value]);
  // null: not searching, the box shows the chosen zone.
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => (query === null ? [] : matchTimeZones(zones, query)), [zones, query]);
  const shown = matches.slice(0, SHOWN);
  const open = query !== null;
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;

  useEffect(() => {
    if (open) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });

  const choose = (zone: string | undefined) => {
    if (zone) onChange(zone);
    setQuery(null);
  };
  const openAt = (text: string) => {
    setQuery(text);
    // Browsing the whole list starts at the zone already chosen.
    setActive(text ? 0 : Math.max(0, zones.indexOf(value)));
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return openAt('');
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => Math.min(Math.max(a + step, 0), Math.max(shown.length - 1, 0)));
    } else if (e.key === 'Enter' && open) {
      // Enter takes the highlighted zone; it never submits the form half chosen.
      e.preventDefault();
      choose(shown[active]);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setQuery(null);
    }
  };

  return (
    <div className={styles.picker}>
      <input
        id={id}
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && shown.length ? optionId(active) : undefined}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy}
        value={query ?? value}
        placeholder="Type a city, e.g. Chicago"
        onChange={(e) => openAt(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => {
          // Whatever was typed but not chosen is dropped: the zone stays one from the list.
          setQuery(null);
          onBlur?.();
        }}
      />
      {open && (
        <div className={styles.popup}>
          <div id={listId} role="listbox" aria-label="Time zones" className={styles.list}>
            {shown.map((zone, i) => (
              <div
                key={zone}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                // Focus stays in the box (aria-activedescendant): an option is never a Tab stop.
                tabIndex={-1}
                className={`${styles.option}${i === active ? ` ${styles.active}` : ''}`}
                // mousedown, not click: the input must not blur (and drop the search) first.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(zone);
                }}
              >
                {zone.replaceAll('_', ' ')}
              </div>
            ))}
          </div>
          <p className={styles.more} aria-live="polite">
            {matches.length === 0
              ? 'No time zone has that name: try the nearest big city.'
              : matches.length > SHOWN
                ? `${matches.length} zones: type more of the name to narrow them.`
                : `${matches.length} ${matches.length === 1 ? 'zone' : 'zones'}: arrows to move, Enter to choose.`}
          </p>
        </div>
      )}
    </div>
  );
}
