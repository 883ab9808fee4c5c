import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/options/App';
import type { Settings } from '@/lib/settings/schema';
import { readPageData } from '../../support/page-data';

/** The sit-stand desk's settings on the options page (issue 20). */

async function syncSettings(): Promise<Settings | undefined> {
  return (await fakeBrowser.storage.sync.get('settings')).settings as Settings | undefined;
}

describe('the options page’s sit-stand desk', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows the setting and the standing time, off until the desk is on, with why and its source', async () => {
    render(<App welcome={false} data={await readPageData({ engine: false })} />);
    const desk = await screen.findByRole('checkbox', { name: 'I have a sit-stand desk' });
    const stand = screen.getByRole('spinbutton', { name: /Standing time before sitting down/ });
    const group = screen.getByRole('group', { name: 'Sit-stand desk' });
    expect((stand as HTMLInputElement).disabled).toBe(true);
    expect(
      screen.getByText('Turn on “I have a sit-stand desk” to set your standing time.'),
    ).toBeTruthy();
    const source = within(group).getByRole('link', { name: 'Thorp et al., 2014' });
    expect(source.getAttribute('href')).toBe('https://oem.bmj.com/content/71/11/765');
    expect(
      screen.getByText(/alternating 30 minutes of sitting and 30 minutes of standing/),
    ).toBeTruthy();

    fireEvent.click(desk);
    await waitFor(async () => expect((await syncSettings())?.sitStand).toBe(true));
    expect((stand as HTMLInputElement).disabled).toBe(false);
    expect((stand as HTMLInputElement).value).toBe('30');
  });
});
