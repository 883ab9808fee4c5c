import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PopupDiary } from '@/entrypoints/popup/PopupDiary';

/** The popup's diary when the organisation's policy does not allow it (issue 21). */
describe('PopupDiary', () => {
  it('invites the user to turn the diary on when it is off and allowed', () => {
    const { container } = render(<PopupDiary on={false} />);
    // The invitation (its layout is the popup's: a line, or a row that opens in place).
    expect(container.innerHTML).not.toBe('');
    expect(screen.getAllByText(/pain diary/i).length).toBeGreaterThan(0);
  });

  it.each([true, false])('shows nothing when the diary is not allowed (on: %s)', (on) => {
    const { container } = render(<PopupDiary on={on} allowed={false} />);
    expect(container.innerHTML).toBe('');
    expect(screen.queryByText(/pain diary/i)).toBeNull();
  });
});
