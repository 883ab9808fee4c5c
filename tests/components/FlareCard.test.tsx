import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FlareCard, FlareOffer } from '@/components/FlareCard';
import { FLARE_OFF, type FlareState, startFlare } from '@/lib/flare/state';
import { turnFlareOff, turnFlareOn } from '@/lib/pages/flare';

const NOW = new Date(2026, 2, 2, 9, 0).getTime();
const DAY = 24 * 3_600_000;

const stored = async () => (await fakeBrowser.storage.local.get('flare')).flare as FlareState;

describe('FlareCard', () => {
  beforeEach(() => fakeBrowser.reset());

  it('offers flare mode while it is off, and turns it on for the chosen days', async () => {
    render(
      <FlareCard
        flare={FLARE_OFF}
        days={5}
        now={NOW}
        onStart={() => turnFlareOn(5)}
        onEnd={() => undefined}
      />,
    );
    const button = screen.getByRole('button', { name: 'My back hurts now' });
    expect(button.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('Gentler, shorter breaks more often, for 5 days.')).toBeTruthy();
    fireEvent.click(button);
    await waitFor(async () => expect((await stored())?.on).toBe(true));
    const flare = await stored();
    expect(Math.round((flare.until - flare.since) / DAY)).toBe(5);
  });

  it('says it is on and until when, and ends it by hand', async () => {
    const flare = startFlare(NOW, 7);
    render(
      <FlareCard
        flare={flare}
        days={7}
        now={NOW + DAY}
        onStart={() => undefined}
        onEnd={() => turnFlareOff(flare)}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Flare mode on' })).toBeTruthy();
    expect(screen.getByText('Until Mon, Mar 9: shorter, gentler breaks more often.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'End flare mode' }));
    await waitFor(async () => expect((await stored())?.on).toBe(false));
    expect((await stored()).since).toBe(flare.since);
  });

  it('reads a flare past its end as off', () => {
    render(
      <FlareCard
        flare={startFlare(NOW, 1)}
        days={7}
        now={NOW + 2 * DAY}
        onStart={() => undefined}
        onEnd={() => undefined}
      />,
    );
    expect(screen.getByRole('button', { name: 'My back hurts now' })).toBeTruthy();
  });
});

describe('FlareOffer (for the diary check-in)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('offers flare mode, and nothing while it is already on', async () => {
    const { unmount } = render(
      <FlareOffer flare={FLARE_OFF} days={7} now={NOW} onStart={() => turnFlareOn(7)} />,
    );
    expect(
      screen.getByText(
        'Sore today? Flare mode gives you gentler, more frequent breaks for 7 days.',
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Turn on flare mode' }));
    await waitFor(async () => expect((await stored())?.on).toBe(true));
    unmount();
    const { container } = render(
      <FlareOffer flare={startFlare(NOW, 7)} days={7} now={NOW} onStart={() => undefined} />,
    );
    expect(container.textContent).toBe('');
  });
});
