import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { minimumShare, ProgressRing, shownShare } from '@/components/ProgressRing';

const SIZE = 112;
const STROKE = 10;
const CIRCUMFERENCE = Math.PI * (SIZE - STROKE);

/** The fill's drawn arc and the length it shows on screen (round caps add half a stroke each end). */
function fill(container: Element) {
  const el = container.querySelector('.ring-fill');
  if (!el) return null;
  const [arc] = (el.getAttribute('stroke-dasharray') ?? '').split(' ').map(Number);
  const full = el.classList.contains('ring-fill--full');
  return { arc: arc ?? Number.NaN, visible: (arc ?? Number.NaN) + (full ? 0 : STROKE) };
}

describe('ProgressRing', () => {
  it('hides the drawing from screen readers but not what is in its middle', () => {
    const { container } = render(
      <ProgressRing progress={0.5} tone="sitting">
        <span>12:00</span>
      </ProgressRing>,
    );
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByText('12:00')).toBeTruthy();
  });

  it('always draws the whole track, so the ring is there before any progress', () => {
    const { container } = render(<ProgressRing progress={0} tone="paused" />);
    expect(container.querySelector('.ring-track')).toBeTruthy();
  });

  it('shows the share of the circle it is given, caps included', () => {
    const { container } = render(<ProgressRing progress={0.25} tone="sitting" />);
    expect(fill(container)?.visible).toBeCloseTo(CIRCUMFERENCE * 0.25);
  });

  it('shows a short bar, never a lone dot, from the first second of a count', () => {
    for (const progress of [0, 0.0001, -1, Number.NaN]) {
      const { container, unmount } = render(<ProgressRing progress={progress} tone="sitting" />);
      const shown = fill(container);
      // Two stroke widths long: a bar leaving twelve o'clock, clearly longer than it is wide.
      expect(shown?.visible).toBeCloseTo(2 * STROKE);
      expect(shown?.arc).toBeGreaterThan(0);
      unmount();
    }
    expect(shownShare(0, 'due', SIZE)).toBeCloseTo(minimumShare(SIZE));
    expect(shownShare(0.5, 'break', SIZE)).toBe(0.5);
  });

  it('fills the whole ring at the end, with no cap overlapping', () => {
    const { container } = render(<ProgressRing progress={3} tone="due" />);
    const shown = fill(container);
    expect(shown?.visible).toBeCloseTo(CIRCUMFERENCE);
    expect(container.querySelector('.ring-fill--full')).toBeTruthy();
  });

  it('draws no fill while nothing counts (a pause, time off work)', () => {
    for (const tone of ['paused', 'off'] as const) {
      const { container, unmount } = render(<ProgressRing progress={0.5} tone={tone} />);
      expect(fill(container)).toBeNull();
      unmount();
    }
  });

  it('carries its tone as a class for the colour', () => {
    const { container } = render(<ProgressRing progress={1} tone="break" />);
    expect(container.firstElementChild?.className).toContain('ring--break');
  });
});
