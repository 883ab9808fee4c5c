import { afterEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for the Web Audio API that records what would sound. */
function fakeAudio() {
  const played: number[] = [];
  class FakeAudioContext {
    state = 'running';
    currentTime = 0;
    destination = {};
    resume = vi.fn(async () => undefined);
    createOscillator() {
      const osc = {
        type: '',
        frequency: { value: 0 },
        connect: vi.fn(),
        start: vi.fn(() => played.push(osc.frequency.value)),
        stop: vi.fn(),
      };
      return osc;
    }
    createGain() {
      return {
        gain: {
          setValueAtTime: vi.fn(),
          linearRampToValueAtTime: vi.fn(),
          exponentialRampToValueAtTime: vi.fn(),
        },
        connect: vi.fn(),
      };
    }
  }
  vi.stubGlobal('AudioContext', FakeAudioContext);
  return played;
}

describe('the end-of-break chime', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('plays two soft notes', async () => {
    const played = fakeAudio();
    const { playChime } = await import('@/entrypoints/break/chime');
    playChime();
    expect(played).toHaveLength(2);
    expect(played[0]).toBeLessThan(played[1] ?? 0);
  });

  it('sounds only when the user turned it on and did not ask for silence', async () => {
    const { chimeAllowed } = await import('@/entrypoints/break/chime');
    expect(chimeAllowed({ breakSound: true, notificationSilent: false })).toBe(true);
    expect(chimeAllowed({ breakSound: true, notificationSilent: true })).toBe(false);
    expect(chimeAllowed({ breakSound: false, notificationSilent: false })).toBe(false);
  });

  it('does nothing where there is no Web Audio', async () => {
    vi.stubGlobal('AudioContext', undefined);
    const { playChime, prepareChime } = await import('@/entrypoints/break/chime');
    expect(() => {
      prepareChime();
      playChime();
    }).not.toThrow();
  });
});
