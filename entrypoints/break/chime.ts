/**
 * The optional end-of-break sound: two soft sine notes made with the Web Audio API, so there is
 * no audio file to ship. Browsers only let a page make sound after the user has touched it, so
 * the page prepares the audio on the first click or key press.
 */

let context: AudioContext | null = null;

function audio(): AudioContext | null {
  if (typeof AudioContext === 'undefined') return null;
  context ??= new AudioContext();
  return context;
}

/** Call from a user gesture: lets a later chime play. */
export function prepareChime(): void {
  const ctx = audio();
  if (ctx?.state === 'suspended') ctx.resume().catch(() => undefined);
}

export function playChime(): void {
  const ctx = audio();
  if (!ctx) return;
  if (ctx.state === 'suspended') ctx.resume().catch(() => undefined);
  const start = ctx.currentTime + 0.05;
  // A rising fifth, each note fading in and out so nothing clicks; quiet on purpose.
  [
    [659.25, 0],
    [987.77, 0.25],
  ].forEach(([frequency = 660, offset = 0]) => {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = frequency;
    gain.gain.setValueAtTime(0, start + offset);
    gain.gain.linearRampToValueAtTime(0.12, start + offset + 0.04);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 1.1);
    osc.connect(gain);
    gain.connect(ctx.destination);
    osc.start(start + offset);
    osc.stop(start + offset + 1.2);
  });
}

/** The sound plays only when the user turned it on and did not ask for silence. */
export function chimeAllowed(settings: { breakSound: boolean; notificationSilent: boolean }) {
  return settings.breakSound && !settings.notificationSilent;
}
