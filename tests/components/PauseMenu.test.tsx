import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PAUSE_OPTIONS, PauseMenu } from '@/components/PauseMenu';
import { PAUSE_CHOICES } from '@/lib/session/schedule';
import { useTestLocale } from '../support/i18n';

describe('PauseMenu', () => {
  it('offers every pause length the engine knows, in order', () => {
    expect(PAUSE_OPTIONS.map((o) => o.choice)).toEqual([...PAUSE_CHOICES]);
  });

  it('starts closed, and opens its choices on the Pause button', () => {
    render(<PauseMenu onPause={vi.fn()} />);
    const toggle = screen.getByRole('button', { name: 'Pause' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('group', { name: 'Pause reminders for:' })).toBeNull();

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const group = screen.getByRole('group', { name: 'Pause reminders for:' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['30 minutes', '1 hour', '2 hours', 'Until tomorrow', 'Until I resume']);
    expect(document.getElementById(toggle.getAttribute('aria-controls') ?? '')).toBe(group);
  });

  it('moves focus to the first choice when opened', () => {
    render(<PauseMenu onPause={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '30 minutes' }));
  });

  it.each(PAUSE_OPTIONS.map((o) => [o.label(), o.choice] as const))(
    'sends the choice for "%s"',
    (label, choice) => {
      const onPause = vi.fn();
      render(<PauseMenu onPause={onPause} />);
      fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
      fireEvent.click(screen.getByRole('button', { name: label }));
      expect(onPause).toHaveBeenCalledExactlyOnceWith(choice);
    },
  );

  it('closes on Escape and gives focus back to the Pause button', () => {
    render(<PauseMenu onPause={vi.fn()} />);
    const toggle = screen.getByRole('button', { name: 'Pause' });
    fireEvent.click(toggle);
    fireEvent.keyDown(screen.getByRole('button', { name: '1 hour' }), { key: 'Escape' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
  });

  it('offers its choices in the user’s language', () => {
    useTestLocale('de');
    render(<PauseMenu onPause={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Pausieren' }));
    const group = screen.getByRole('group', { name: 'Erinnerungen pausieren für:' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['30 Minuten', '1 Stunde', '2 Stunden', 'Bis morgen', 'Bis ich fortsetze']);
  });

  it('closes when the Pause button is pressed again', () => {
    render(<PauseMenu onPause={vi.fn()} />);
    const toggle = screen.getByRole('button', { name: 'Pause' });
    fireEvent.click(toggle);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });
});
