import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { StatusPanel } from '@/components/StatusPanel';
import type { StatusView } from '@/components/status-view';

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
});
