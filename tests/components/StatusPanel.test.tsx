import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { StatusPanel } from '@/components/StatusPanel';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { type StatusView, statusView } from '@/lib/status-view';
import { useTestLocale } from '../support/i18n';

const counting: StatusView = {
  headline: 'Sitting',
  detail: 'Next: a 2-minute break at 14:30.',
  tone: 'sitting',
  progress: 0.4,
  center: '12:00',
  timerLabel: 'Time to your next break',
  caption: 'to your break',
  spoken: 'Next break in 12 minutes.',
};

describe('StatusPanel', () => {
  it('has a heading, the state in words and the detail', () => {
    render(<StatusPanel view={counting} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Status' })).toBeTruthy();
    expect(screen.getByText('Sitting')).toBeTruthy();
    expect(screen.getByText('Next: a 2-minute break at 14:30.')).toBeTruthy();
  });

  it('marks the state with an icon in its colour beside the word, each state its own', () => {
    const glyphs = new Set<string>();
    for (const tone of ['sitting', 'away', 'due', 'break', 'paused', 'off'] as const) {
      const { container, unmount } = render(<StatusPanel view={{ ...counting, tone }} />);
      const section = container.querySelector('section');
      expect(section?.classList.contains(`status--${tone}`)).toBe(true);
      const state = screen.getByText('Sitting').parentElement as HTMLElement;
      const icon = state.querySelector('svg');
      // Decorative: the word beside it says the state.
      expect(icon?.getAttribute('aria-hidden')).toBe('true');
      glyphs.add(icon?.innerHTML ?? '');
      unmount();
    }
    expect(glyphs.size).toBe(6);
  });

  it('gives the countdown the timer role, named, and not announced every second', () => {
    render(<StatusPanel view={counting} />);
    const timer = screen.getByRole('timer', { name: 'Time to your next break' });
    expect(timer.textContent).toBe('12:00');
    expect(timer.getAttribute('aria-live')).toBe('off');
  });

  it('announces a once-a-minute sentence politely instead', () => {
    const { container } = render(<StatusPanel view={counting} />);
    const live = container.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe('Next break in 12 minutes.');
  });

  it('shows a word, not a timer, when nothing counts down', () => {
    render(<StatusPanel view={{ ...counting, center: 'Now', timerLabel: null }} />);
    expect(screen.queryByRole('timer')).toBeNull();
    expect(screen.getByText('Now')).toBeTruthy();
  });

  it('holds the controls it is given inside the same section', () => {
    render(
      <StatusPanel view={counting}>
        <button type="button">Take a break now</button>
      </StatusPanel>,
    );
    const section = screen.getByRole('region', { name: 'Status' });
    expect(section.contains(screen.getByRole('button', { name: 'Take a break now' }))).toBe(true);
  });

  it('shows a status in German, heading, timer and sentence alike', () => {
    useTestLocale('de');
    const now = Date.UTC(2025, 5, 10, 13, 0);
    const view = statusView(
      { kind: 'onBreak', startedAt: now - 30_000, endsAt: now + 90_000, long: true },
      now,
      DEFAULT_SETTINGS,
    );
    const { container } = render(<StatusPanel view={view} />);
    expect(screen.getByRole('region', { name: 'Status' })).toBeTruthy();
    expect(screen.getByText('Längere Pause läuft')).toBeTruthy();
    expect(screen.getByRole('timer', { name: 'Verbleibende Zeit Ihrer Pause' }).textContent).toBe(
      '1:30',
    );
    expect(screen.getByText('Pause übrig')).toBeTruthy();
    expect(container.querySelector('[aria-live="polite"]')?.textContent).toBe(
      'Pause läuft. Verbleibende Zeit: 2 Minuten.',
    );
  });
});
