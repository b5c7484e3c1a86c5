// A long list that scrolls with the page: only the rows near the window are drawn. The list's own top in
// the page (its scroll margin) is measured after each layout, since banners and filters above it move it.
import { useWindowVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { type RefObject, useLayoutEffect, useRef, useState } from 'react';

export interface WindowRows<E extends HTMLElement> {
  /** On the element the rows start in (a tbody, a ul). */
  ref: RefObject<E | null>;
  items: VirtualItem[];
  /** Give each drawn row's element, so its real height replaces the estimate. */
  measure: (el: Element | null) => void;
  /** The height of the list when every row is drawn, as far as known. */
  totalSize: number;
  /** Pixels above the first drawn row and below the last, for spacers in a table. */
  before: number;
  after: number;
  /** Where a row starts, from the top of the list. */
  offsetOf: (item: VirtualItem) => number;
}

export interface WindowOptions {
  /** A row's height before it is measured. */
  estimate: number;
  /** Rows drawn beyond each edge of the window. */
  overscan: number;
  /** A list of at most this many rows is drawn whole (so it prints whole); 0 windows every list. */
  wholeUpTo?: number;
}

export function useWindowRows<E extends HTMLElement>(
  count: number,
  { estimate, overscan, wholeUpTo = 0 }: WindowOptions,
): WindowRows<E> {
  const ref = useRef<E>(null);
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const top = (ref.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
    if (Math.abs(top - margin) > 1) setMargin(top);
  });
  const virtual = useWindowVirtualizer({
    count,
    estimateSize: () => estimate,
    overscan: count <= wholeUpTo ? count : overscan,
    scrollMargin: margin,
  });
  const items = virtual.getVirtualItems();
  const totalSize = virtual.getTotalSize();
  const first = items[0];
  const last = items[items.length - 1];
  return {
    ref,
    items,
    measure: virtual.measureElement,
    totalSize,
    before: first ? first.start - margin : 0,
    after: last ? totalSize - (last.end - margin) : 0,
    offsetOf: (item) => item.start - margin,
  };
}
