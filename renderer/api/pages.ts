// A long list read a page at a time: which pages hold the rows wanted (on screen, or all of them).

/** The pages of `size` rows that hold these row indexes, each once, in order. */
export function pagesHolding(indexes: readonly number[], size: number): number[] {
  return [...new Set(indexes.map((i) => Math.floor(i / size)))].sort((a, b) => a - b);
}
