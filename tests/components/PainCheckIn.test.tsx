import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PainCheckIn } from '@/components/PainCheckIn';
import { useTestLocale } from '../support/i18n';

describe('PainCheckIn', () => {
  useTestLocale('en');

  it('is a labelled 0-10 radio group with its anchors, and saves the number and tags', async () => {
    const onSave = vi.fn(async () => 'Saved for today: 6 out of 10.');
    render(<PainCheckIn question="How is your back today?" entry={null} onSave={onSave} />);
    const group = screen.getByRole('group', { name: 'How is your back today?' });
    expect(group.getAttribute('aria-describedby')).toBeTruthy();
    const hint = document.getElementById(group.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe('0 means no pain, 10 the worst pain you can imagine.');
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => r.value)).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
    expect(screen.getByText('0 no pain')).toBeTruthy();
    expect(screen.getByText('10 worst imaginable')).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: '6' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Woke at night' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Stiff' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    // Tags in their fixed order, whatever order they were ticked in.
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(6, ['stiff', 'night']));
    expect((await screen.findByRole('status')).textContent).toBe('Saved for today: 6 out of 10.');
  });

  it('asks for a number before saving', async () => {
    const onSave = vi.fn(async () => '');
    render(<PainCheckIn question="How is your back today?" entry={null} onSave={onSave} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Choose a number from 0 to 10 first.',
    );
    expect(onSave).not.toHaveBeenCalled();
  });

  it('shows a stored entry, and another day’s when the day changes', async () => {
    const first = { date: '2026-03-01', pain: 2, tags: ['leg' as const], updatedAt: 1 };
    const view = render(<PainCheckIn question="Q" entry={first} onSave={async () => ''} />);
    expect((screen.getByRole('radio', { name: '2' }) as HTMLInputElement).checked).toBe(true);
    expect(
      (screen.getByRole('checkbox', { name: 'Pain down a leg' }) as HTMLInputElement).checked,
    ).toBe(true);
    view.rerender(<PainCheckIn question="Q" entry={null} onSave={async () => ''} />);
    await waitFor(() =>
      expect((screen.getAllByRole('radio') as HTMLInputElement[]).some((r) => r.checked)).toBe(
        false,
      ),
    );
  });
});
