import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmAction } from '@/components/ConfirmAction';

function setup(onConfirm = vi.fn()) {
  render(
    <ConfirmAction
      label="Clear history…"
      question="Clear all history?"
      confirmLabel="Yes, clear history"
      onConfirm={onConfirm}
    >
      <p>Settings are kept.</p>
    </ConfirmAction>,
  );
  return onConfirm;
}

describe('ConfirmAction', () => {
  it('asks first, with focus on the safe choice', async () => {
    const onConfirm = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Clear history…' }));
    const group = screen.getByRole('group', { name: 'Clear all history?' });
    expect(group.textContent).toContain('Settings are kept.');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' })),
    );
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('does nothing on Cancel and gives focus back to the button', async () => {
    const onConfirm = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Clear history…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    const trigger = screen.getByRole('button', { name: 'Clear history…' });
    await waitFor(() => expect(document.activeElement).toBe(trigger));
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('closes on Escape', () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Clear history…' }));
    fireEvent.keyDown(screen.getByRole('button', { name: 'Cancel' }), { key: 'Escape' });
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('acts once confirmed, then closes', async () => {
    const onConfirm = setup(vi.fn().mockResolvedValue(undefined));
    fireEvent.click(screen.getByRole('button', { name: 'Clear history…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear history' }));
    expect(onConfirm).toHaveBeenCalledOnce();
    await waitFor(() => expect(screen.queryByRole('group')).toBeNull());
  });
});
