import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ProgressRing } from '@/components/ProgressRing';

function dash(container: Element) {
  const fill = container.querySelector('.ring-fill');
  if (!fill) return null;
  const [length] = (fill.getAttribute('stroke-dasharray') ?? '').split(' ').map(Number);
  return { length: length ?? Number.NaN, offset: Number(fill.getAttribute('stroke-dashoffset')) };
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

  it('fills the share of the circle it is given', () => {
    const { container } = render(<ProgressRing progress={0.25} tone="sitting" />);
    const d = dash(container);
    expect(d?.offset).toBeCloseTo((d?.length ?? 0) * 0.75);
  });

  it('clamps progress to between empty and full', () => {
    const over = render(<ProgressRing progress={3} tone="due" />);
    expect(dash(over.container)?.offset).toBeCloseTo(0);
    over.unmount();
    const under = render(<ProgressRing progress={-1} tone="due" />);
    // Nothing to draw at all: a zero-length round-capped stroke would still show a dot.
    expect(dash(under.container)).toBeNull();
    under.unmount();
    const nan = render(<ProgressRing progress={Number.NaN} tone="due" />);
    expect(dash(nan.container)).toBeNull();
  });

  it('carries its tone as a class for the colour', () => {
    const { container } = render(<ProgressRing progress={1} tone="break" />);
    expect(container.firstElementChild?.className).toContain('ring--break');
  });
});
