import { fireEvent, render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';

describe('popup', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the options page from the Settings button', () => {
    const openOptionsPage = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(openOptionsPage).toHaveBeenCalledOnce();
  });

  it('says it is not a diagnosis', () => {
    render(<App />);
    expect(screen.getByText(/not a diagnosis/)).toBeTruthy();
  });
});
