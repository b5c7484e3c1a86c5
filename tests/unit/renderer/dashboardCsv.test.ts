import { describe, expect, it } from 'vitest';
import { countAxis, percentAxis } from '../../../renderer/features/dashboard/axis';
import { tableCsvRows } from '../../../renderer/features/dashboard/chartTable';
import { csvCell, exportFileName, toCsv } from '../../../renderer/features/dashboard/csv';
import {
  amountChange,
  changeLabel,
  defaultGranularity,
  percent,
  percentText,
  rateChange,
} from '../../../renderer/features/dashboard/figures';

const TZ = 'America/Chicago';
const november = {
  from: Date.parse('2026-11-01T00:00:00-05:00'),
  to: Date.parse('2026-12-01T00:00:00-06:00'),
};

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1 312', "'+1 312"],
    ['-5', "'-5"],
    ['@cmd', "'@cmd"],
    ['=a,b', `"'=a,b"`],
  ])('%j → %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
  it('writes numbers as numbers, negative ones included, and null as empty', () => {
    expect(csvCell(42)).toBe('42');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('toCsv', () => {
  it('starts with a BOM and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['Stage', 'Walkouts'],
        ['Sold', 3],
      ]),
    ).toBe('\uFEFFStage,Walkouts\r\nSold,3\r\n');
  });
  it('takes a chart table: its column labels, then its cells', () => {
    const rows = tableCsvRows({
      columns: [{ label: 'Objection' }, { label: 'Walkouts', numeric: true }],
      rows: [{ key: 'price', label: 'Price', cells: ['Price', 12] }],
    });
    expect(rows).toEqual([
      ['Objection', 'Walkouts'],
      ['Price', 12],
    ]);
  });
});

describe('exportFileName', () => {
  it('names the first and the last day of the period in store time', () => {
    expect(exportFileName('funnel', november, TZ, 'csv')).toBe('beback-funnel-2026-11-01-2026-11-30.csv');
    expect(exportFileName('trend', november, TZ, 'png')).toBe('beback-trend-2026-11-01-2026-11-30.png');
  });
});

describe('rates and changes', () => {
  it('gives shares in percent with one decimal, or nothing to divide by', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(0, 0)).toBeNull();
    expect(percentText(2, 8)).toBe('25.0%');
    expect(percentText(1, 0)).toBe('—');
  });
  it('compares rates in percentage points', () => {
    expect(rateChange({ n: 30, d: 100 }, { n: 25, d: 100 })).toEqual({ direction: 'up', text: '5.0 pts' });
    expect(rateChange({ n: 1, d: 10 }, { n: 3, d: 20 })).toEqual({ direction: 'down', text: '5.0 pts' });
    expect(rateChange({ n: 1, d: 4 }, { n: 2, d: 8 })).toEqual({ direction: 'same', text: 'no change' });
    expect(rateChange({ n: 1, d: 4 }, { n: 0, d: 0 })).toEqual({
      direction: 'none',
      text: 'nothing to compare in the previous period',
    });
    expect(
      rateChange({ n: 0, d: 0 }, { n: 1, d: 2 }, { now: 'no calls this period', before: 'no calls before' }),
    ).toEqual({ direction: 'none', text: 'no calls this period' });
  });
  it('compares counts and money in percent, "from 0" when the previous period had none', () => {
    expect(amountChange(120, 100)).toEqual({ direction: 'up', text: '20%' });
    expect(amountChange(50, 200)).toEqual({ direction: 'down', text: '75%' });
    expect(amountChange(1001, 1000)).toEqual({ direction: 'up', text: '<1%' });
    expect(amountChange(7, 7)).toEqual({ direction: 'same', text: 'no change' });
    expect(amountChange(5, 0)).toEqual({ direction: 'up', text: 'from 0' });
    expect(amountChange(0, 0)).toEqual({ direction: 'same', text: 'no change' });
  });
});

describe('trend granularity and labels', () => {
  const days = (n: number) => ({ from: november.from, to: november.from + n * 86_400_000 });
  it('uses weeks for week and month presets and custom ranges up to 92 days', () => {
    expect(defaultGranularity('week', days(7))).toBe('week');
    expect(defaultGranularity('month', november)).toBe('week');
    expect(defaultGranularity('custom', days(92))).toBe('week');
    expect(defaultGranularity('custom', days(93))).toBe('month');
    expect(defaultGranularity('quarter', days(92))).toBe('month');
    expect(defaultGranularity('year', days(365))).toBe('month');
  });
  it('names the previous period', () => {
    expect(changeLabel('quarter', november)).toBe('vs previous quarter');
    expect(changeLabel('custom', days(30))).toBe('vs previous 30 days');
    expect(changeLabel('custom', days(1))).toBe('vs previous 1 day');
  });
});

describe('axes', () => {
  it('puts percent axes on round tops with even ticks', () => {
    expect(percentAxis(18)).toEqual({ domain: [0, 20], ticks: [0, 5, 10, 15, 20] });
    expect(percentAxis(33)).toEqual({ domain: [0, 40], ticks: [0, 10, 20, 30, 40] });
    expect(percentAxis(100)).toEqual({ domain: [0, 100], ticks: [0, 20, 40, 60, 80, 100] });
    expect(percentAxis(0).domain).toEqual([0, 10]);
  });
  it('puts count axes on round steps, at most six ticks', () => {
    expect(countAxis(33)).toEqual({ domain: [0, 40], ticks: [0, 10, 20, 30, 40] });
    expect(countAxis(60)).toEqual({ domain: [0, 60], ticks: [0, 20, 40, 60] });
    expect(countAxis(4)).toEqual({ domain: [0, 4], ticks: [0, 1, 2, 3, 4] });
    expect(countAxis(0)).toEqual({ domain: [0, 1], ticks: [0, 1] });
  });
});
