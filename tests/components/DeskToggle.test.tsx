import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { DeskToggle } from '@/components/DeskToggle';

const MIN = 60_000;

describe('DeskToggle', () => {
  it('shows the posture and its time, the current one pressed, and switches in one click', () => {
    const onPosture = vi.fn();
    render(
      <DeskToggle
        desk={{ posture: 'standing', postureMs: 12 * MIN, stoodMs: 12 * MIN, suggested: null }}
        onPosture={onPosture}
      />,
    );
    expect(screen.getByRole('heading', { name: 'At your sit-stand desk' })).toBeTruthy();
    expect(screen.getByText('Standing for 12 min')).toBeTruthy();
    const standing = screen.getByRole('button', { name: 'I’m standing' });
    const sitting = screen.getByRole('button', { name: 'I’m sitting' });
    expect(standing.getAttribute('aria-pressed')).toBe('true');
    expect(sitting.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(standing);
    expect(onPosture).not.toHaveBeenCalled();
    fireEvent.click(sitting);
    expect(onPosture).toHaveBeenCalledExactlyOnceWith('sitting');
  });

  it('says the suggestion when one is due', () => {
    render(
      <DeskToggle
        desk={{ posture: 'sitting', postureMs: 30 * MIN, stoodMs: 0, suggested: 'standing' }}
        onPosture={() => undefined}
      />,
    );
    expect(screen.getByText('Sitting for 30 min', { exact: false })).toBeTruthy();
    expect(screen.getByText('Time to stand.')).toBeTruthy();
  });
});
