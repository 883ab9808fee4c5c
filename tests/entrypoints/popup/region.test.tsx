import { fireEvent, render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { POPUP_SECTION_KEY } from '@/entrypoints/popup/section-item';
import type { IntentReply } from '@/lib/messages';
import type { EngineState } from '@/lib/session/state';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { readPageData } from '../../support/page-data';

/** The popup's data, read before its first render as main.tsx reads it. */
const popupData = () => readPageData({ more: [POPUP_SECTION_KEY] });

const MIN = 60_000;

function sitting(): EngineState {
  const startedAt = Date.now() - 10 * MIN;
  return {
    version: 1,
    phase: {
      kind: 'sitting',
      session: { startedAt, satMs: 0, activeSince: startedAt, awaySince: null },
    },
    lastSeen: Date.now(),
    presence: 'active',
    fullscreen: false,
    breaksSinceLong: 0,
    shownTips: [],
  };
}

/** Stands in for the background, answering with settings whose region is `region`. */
function background(region: string) {
  const reply: IntentReply = {
    ok: true,
    state: sitting(),
    settings: { ...DEFAULT_SETTINGS, region },
    now: Date.now(),
  };
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => reply);
}

/** Opens the red-flag check and answers Yes to its first question (an emergency at once). */
async function emergencyAction(): Promise<string> {
  await screen.findByText('Sitting');
  fireEvent.click(screen.getByRole('button', { name: 'Back pain? Check warning signs' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Yes' }));
  await screen.findByText('Get emergency help now');
  return screen.getByRole('status', { hidden: true }).textContent ?? '';
}

describe('the popup’s red-flag check names the numbers of the chosen country', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US', 'en']);
  });

  it('takes the browser’s country when none is chosen', async () => {
    background('');
    render(<App data={await popupData()} />);
    const action = await emergencyAction();
    expect(action).toContain('Call 911');
    expect(action).not.toContain('999');
  });

  it('takes the chosen country over the browser’s', async () => {
    background('GB');
    render(<App data={await popupData()} />);
    const action = await emergencyAction();
    expect(action).toContain('Call 999');
    expect(action).not.toContain('911');
  });

  it('names the general numbers for a country not listed', async () => {
    background('ZZ');
    render(<App data={await popupData()} />);
    expect(await emergencyAction()).toContain(
      'your local emergency number (112 in Europe, 911 in North America)',
    );
  });
});
