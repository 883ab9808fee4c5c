import type { SectionProps } from './sections/fields';
import { Presets } from './sections/Presets';

/** The first-install welcome: what Limber does, the schedule, and where to find it. */
export function Welcome(props: SectionProps) {
  return (
    <div class="welcome">
      <section class="settings-section" aria-labelledby="welcome-what">
        <h2 id="welcome-what">What Limber does</h2>
        <ul class="welcome-points">
          <li>Counts how long you sit at the computer; time away from it does not count.</li>
          <li>Reminds you to get up and move, with a short tip or a guided stretch.</li>
          <li>
            Shows how to look after your back, and when back pain needs a doctor. It does not
            diagnose.
          </li>
        </ul>
      </section>
      <section class="settings-section" aria-labelledby="welcome-schedule">
        <h2 id="welcome-schedule">Your schedule</h2>
        <p>Reminders are already on. Keep this schedule, or pick another with one click:</p>
        <Presets {...props} />
      </section>
      <section class="settings-section" aria-labelledby="welcome-where">
        <h2 id="welcome-where">Where to find Limber</h2>
        <p>
          Limber's button sits in the browser toolbar and shows the minutes to your next break.
          Click it to see where you stand, start a break, or pause. If you do not see it, open the
          Extensions menu (the puzzle-piece button) and pin Limber.
        </p>
        <p>Everything else is below, and you can come back to it any time from that button.</p>
      </section>
    </div>
  );
}
