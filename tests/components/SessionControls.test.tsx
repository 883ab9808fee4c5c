import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { SessionControls } from '@/components/SessionControls';
import type { Status } from '@/lib/session/status';

const NOW = Date.UTC(2025, 5, 10, 13, 0);
const MIN = 60_000;

const STATUSES = {
  sitting: {
    kind: 'sitting',
    present: true,
    dueAt: NOW + MIN,
    remainingMs: MIN,
    satMs: 0,
    nextIsLong: false,
  },
  due: { kind: 'due', since: NOW, satMs: 0, canSnooze: true, nextIsLong: false },
  dueNoSnooze: { kind: 'due', since: NOW, satMs: 0, canSnooze: false, nextIsLong: false },
  snoozed: { kind: 'snoozed', until: NOW + MIN, satMs: 0, nextIsLong: false },
  onBreak: { kind: 'onBreak', startedAt: NOW, endsAt: NOW + MIN, long: false },
  paused: { kind: 'paused', until: null },
  offHours: { kind: 'offHours', until: null },
} satisfies Record<string, Status>;

function buttonNames(): string[] {
  const group = screen.queryByRole('group', { name: 'Session controls' });
  if (!group) return [];
  return within(group)
    .getAllByRole('button')
    .map((b) => b.textContent ?? '');
}

describe('SessionControls', () => {
  it.each([
    ['sitting', ['Take a break now', 'Pause']],
    ['due', ['Take a break now', 'Snooze 7 min', 'Skip', 'Pause']],
    ['dueNoSnooze', ['Take a break now', 'Skip', 'Pause']],
    ['snoozed', ['Take a break now', 'Skip', 'Pause']],
    ['onBreak', ['Show the break', 'End break', 'Pause']],
    ['paused', ['Resume']],
    ['offHours', []],
  ] as const)('offers what makes sense when %s', (key, names) => {
    render(<SessionControls status={STATUSES[key]} snoozeMinutes={7} onIntent={vi.fn()} />);
    expect(buttonNames()).toEqual(names);
  });

  it.each([
    ['sitting', 'Take a break now', { type: 'startBreak' }],
    ['due', 'Snooze 7 min', { type: 'snooze' }],
    ['due', 'Skip', { type: 'skipBreak' }],
    ['snoozed', 'Skip', { type: 'skipBreak' }],
    ['onBreak', 'Show the break', { type: 'startBreak' }],
    ['onBreak', 'End break', { type: 'endBreak' }],
    ['paused', 'Resume', { type: 'resume' }],
  ] as const)('when %s, "%s" sends %o', (key, name, intent) => {
    const onIntent = vi.fn();
    render(<SessionControls status={STATUSES[key]} snoozeMinutes={7} onIntent={onIntent} />);
    fireEvent.click(screen.getByRole('button', { name }));
    expect(onIntent).toHaveBeenCalledExactlyOnceWith(intent);
  });

  it('sends the chosen pause', () => {
    const onIntent = vi.fn();
    render(<SessionControls status={STATUSES.sitting} snoozeMinutes={5} onIntent={onIntent} />);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    fireEvent.click(screen.getByRole('button', { name: 'Until tomorrow' }));
    expect(onIntent).toHaveBeenCalledExactlyOnceWith({ type: 'pause', choice: 'tomorrow' });
  });

  it('keeps keyboard focus in the controls when the pressed button goes away', () => {
    const { rerender } = render(
      <SessionControls status={STATUSES.due} snoozeMinutes={5} onIntent={vi.fn()} />,
    );
    screen.getByRole('button', { name: 'Snooze 5 min' }).focus();
    rerender(<SessionControls status={STATUSES.snoozed} snoozeMinutes={5} onIntent={vi.fn()} />);
    // On the group, not on whichever button now sits where Snooze was.
    expect(document.activeElement).toBe(screen.getByRole('group', { name: 'Session controls' }));
  });

  it('never lets a pressed button turn into another action under the focus', () => {
    const { rerender } = render(
      <SessionControls status={STATUSES.due} snoozeMinutes={5} onIntent={vi.fn()} />,
    );
    const snooze = screen.getByRole('button', { name: 'Snooze 5 min' });
    rerender(<SessionControls status={STATUSES.snoozed} snoozeMinutes={5} onIntent={vi.fn()} />);
    expect(snooze.isConnected).toBe(false);
  });

  it('leaves focus alone when it was elsewhere', () => {
    const { rerender } = render(
      <>
        <input aria-label="elsewhere" />
        <SessionControls status={STATUSES.due} snoozeMinutes={5} onIntent={vi.fn()} />
      </>,
    );
    const elsewhere = screen.getByRole('textbox', { name: 'elsewhere' });
    elsewhere.focus();
    rerender(
      <>
        <input aria-label="elsewhere" />
        <SessionControls status={STATUSES.paused} snoozeMinutes={5} onIntent={vi.fn()} />
      </>,
    );
    expect(document.activeElement).toBe(elsewhere);
  });
});
