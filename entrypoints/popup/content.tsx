/**
 * The popup's text-heavy parts: the red-flag check and the guidance. Loaded on demand (see
 * ./useContent.ts), so the popup's first render carries only what shows the status.
 */
import { Guidance } from '@/components/Guidance';
import { RedFlagCheck } from '@/components/RedFlagCheck';
import { GUIDANCE, TREATMENTS } from '@/lib/content/guidance';

export { parseSection } from './section';

export function RedFlagPanel() {
  return <RedFlagCheck headingLevel={3} />;
}

interface GuidancePanelProps {
  openId: string | null;
  onToggle: (id: string) => void;
}

export function GuidancePanel({ openId, onToggle }: GuidancePanelProps) {
  return (
    <Guidance sections={GUIDANCE} treatments={TREATMENTS} openId={openId} onToggle={onToggle} />
  );
}
