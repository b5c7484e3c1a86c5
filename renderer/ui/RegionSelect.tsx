// The country phone numbers are read in, chosen by name from every country libphonenumber can read.
import { type ComponentProps, forwardRef, useMemo } from 'react';
import { regionChoices } from '../../shared/domain/regions';

export const RegionSelect = forwardRef<HTMLSelectElement, ComponentProps<'select'>>(
  function RegionSelect(props, ref) {
    const regions = useMemo(regionChoices, []);
    return (
      <select ref={ref} {...props}>
        <option value="">Choose the country…</option>
        {regions.map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </select>
    );
  },
);
