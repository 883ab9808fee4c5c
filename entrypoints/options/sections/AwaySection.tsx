import { BooleanSetting, NumberSetting, type SectionProps } from './fields';
import { Section } from './Section';

/** When Limber treats you as away, and when it holds reminders back. */
export function AwaySection(props: SectionProps) {
  return (
    <Section
      id="away"
      title="Away and busy"
      intro={
        <p>
          Time away from the computer for at least a break's length counts as a break, so Limber
          does not remind you right after you come back.
        </p>
      }
    >
      <NumberSetting {...props} field="idleSeconds" />
      <BooleanSetting {...props} field="holdDuringFullscreen" />
    </Section>
  );
}
