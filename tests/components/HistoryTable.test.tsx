import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { HistoryTable } from '@/components/HistoryTable';
import { emptyDay } from '@/lib/history/aggregate';
import { useTestLocale } from '../support/i18n';

const MIN = 60_000;

const rows = [
  {
    day: '2026-03-02',
    totals: {
      due: 4,
      dueTaken: 3,
      completed: 2,
      natural: 1,
      snoozed: 2,
      skipped: 1,
      satMs: 125.4 * MIN,
      longestSatMs: 41 * MIN,
      stoodMs: 0,
    },
  },
  {
    day: '2026-03-03',
    totals: { ...emptyDay(), due: 1, completed: 1, satMs: 30 * MIN, longestSatMs: 30 * MIN },
  },
];

function cells(row: HTMLElement) {
  return within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);
}

describe('HistoryTable', () => {
  it('adds the minutes stood beside the minutes sat once any day has standing', () => {
    const standing = [
      ...rows,
      { day: '2026-03-04', totals: { ...emptyDay(), satMs: 20 * MIN, stoodMs: 44.6 * MIN } },
    ];
    render(<HistoryTable caption="c" rows={standing} dayName={(d) => d} today="2026-03-04" />);
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers.slice(6, 9)).toEqual(['Minutes sat', 'Minutes stood', 'Longest sit (min)']);
    expect(cells(screen.getByRole('row', { name: /^2026-03-04/ }))).toEqual([
      '0',
      '0',
      '0',
      '0',
      '0',
      '20',
      '45',
      '0',
    ]);
    expect(cells(screen.getByRole('row', { name: /^Total/ }))[6]).toBe('45');
  });

  it('is a table with a caption, column headers and a row header per day', () => {
    render(
      <HistoryTable
        caption="Each of the last 2 days"
        rows={rows}
        dayName={(d) => `day ${d}`}
        today="2026-03-03"
      />,
    );
    const table = screen.getByRole('table', { name: 'Each of the last 2 days' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      'Day',
      'Breaks due',
      'Guided breaks',
      'Natural breaks',
      'Snoozes',
      'Skips',
      'Minutes sat',
      'Longest sit (min)',
    ]);
    for (const header of within(table).getAllByRole('columnheader')) {
      expect(header.getAttribute('scope')).toBe('col');
    }
    expect(within(table).getByRole('rowheader', { name: 'day 2026-03-03 (today)' })).toBeTruthy();
  });

  it('shows each day’s numbers, and totals with the longest sit as a maximum', () => {
    render(<HistoryTable caption="c" rows={rows} dayName={(d) => d} today="2026-03-04" />);
    expect(cells(screen.getByRole('row', { name: /^2026-03-02/ }))).toEqual([
      '4',
      '2',
      '1',
      '2',
      '1',
      '125',
      '41',
    ]);
    expect(cells(screen.getByRole('row', { name: /^2026-03-03/ }))).toEqual([
      '1',
      '1',
      '0',
      '0',
      '0',
      '30',
      '30',
    ]);
    expect(cells(screen.getByRole('row', { name: /^Total/ }))).toEqual([
      '5',
      '3',
      '1',
      '2',
      '1',
      '155',
      '41',
    ]);
  });

  it('names its columns, today and the total in the extension’s language', () => {
    useTestLocale('de');
    render(<HistoryTable caption="c" rows={rows} dayName={(d) => `Tag ${d}`} today="2026-03-03" />);
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Tag',
      'Fällige Pausen',
      'Geführte Pausen',
      'Natürliche Pausen',
      'Aufgeschoben',
      'Übersprungen',
      'Sitzminuten',
      'Längste Sitzung (Min.)',
    ]);
    const today = within(table).getByRole('rowheader', { name: 'Tag 2026-03-03 (heute)' });
    expect(today.querySelector('time')?.getAttribute('datetime')).toBe('2026-03-03');
    expect(within(table).getByRole('rowheader', { name: 'Gesamt' })).toBeTruthy();
  });
});
