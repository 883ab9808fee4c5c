import { render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/options/App';
import { WorkstationLink } from '@/entrypoints/options/WorkstationLink';
import { formatDate } from '@/lib/i18n/t';
import { WORKSTATION_KEY } from '@/lib/storage/items';
import { readPageData } from '../../support/page-data';

const T0 = new Date(2026, 10, 20, 9, 0).getTime();

describe('the options page’s way to the workstation check', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('links to the check and says when it was last done, or that it was not', () => {
    const { unmount } = render(<WorkstationLink doneAt={T0} />);
    const link = screen.getByRole('link', { name: 'Check your workstation set-up' });
    expect(link.getAttribute('href')).toBe('/workstation.html');
    expect(screen.getByText(`Last done on ${formatDate(T0, { dateStyle: 'long' })}.`)).toBeTruthy();
    unmount();
    render(<WorkstationLink doneAt={null} />);
    expect(screen.getByText('Not done yet.')).toBeTruthy();
  });

  it('shows the date from the options page’s first read, with no read of its own', async () => {
    await fakeBrowser.storage.local.set({
      workstation: { answers: { screen: 'right' }, fixed: [], completedAt: T0 },
    });
    const data = await readPageData({ engine: false, more: [WORKSTATION_KEY] });
    render(<App welcome={false} data={data} />);
    expect(screen.getByText(`Last done on ${formatDate(T0, { dateStyle: 'long' })}.`)).toBeTruthy();
  });
});
