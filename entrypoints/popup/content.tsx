/**
 * The popup's text-heavy parts: the red-flag check and the guidance. Loaded on demand (see
 * ./useContent.ts), so the popup's first render carries only what shows the status.
 */
import { Guidance } from '@/components/Guidance';
import { RedFlagCheck } from '@/components/RedFlagCheck';
import { GUIDANCE, TREATMENTS } from '@/lib/content/guidance';
import { effectiveRegion, routeFor } from '@/lib/content/regions';
import { browserLanguageTags, t } from '@/lib/i18n/t';

export { parseSection } from './section';

/** The check, naming the numbers of the user's country (`region`: the setting, '' for the browser's). */
export function RedFlagPanel({ region }: { region: string }) {
  const route = routeFor(effectiveRegion(region, browserLanguageTags()));
  return <RedFlagCheck headingLevel={3} route={route} />;
}

interface GuidancePanelProps {
  openId: string | null;
  onToggle: (id: string) => void;
}

export function GuidancePanel({ openId, onToggle }: GuidancePanelProps) {
  return (
    <>
      <Guidance sections={GUIDANCE} treatments={TREATMENTS} openId={openId} onToggle={onToggle} />
      <p class="guidance-workstation">
        <a href="/workstation.html" target="_blank" rel="noreferrer">
          {t('workstation_link')}
        </a>
      </p>
    </>
  );
}
