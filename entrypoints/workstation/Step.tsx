import type { Ref } from 'preact';
import { WorkstationIllustration } from '@/components/WorkstationIllustration';
import { t, tData } from '@/lib/i18n/t';
import type { Answer } from '@/lib/workstation/answers';
import type { WorkstationItem, WorkstationItemId } from '@/lib/workstation/checklist';
import { Sources } from './Sources';

interface StepProps {
  item: WorkstationItem;
  /** The answer given before, when the user came back to this item. */
  given: Answer | undefined;
  headingRef: Ref<HTMLHeadingElement>;
  onAnswer: (id: WorkstationItemId, answer: Answer) => void;
  /** Absent on the first item. */
  onBack?: () => void;
}

/**
 * One item of the check: its drawing, one line to check, and the two answers. Its progress
 * ("Item 2 of 6", `ws-step-progress`) is the page's live region, outside the item, so that it is
 * there before each new item and read out as it changes.
 */
export function Step({ item, given, headingRef, onAnswer, onBack }: StepProps) {
  const text = (part: string) => tData(`workstation_${item.id}_${part}`);
  // The second click of a double click must not answer the next item unseen.
  const answer = (value: Answer) => (event: MouseEvent) => {
    if (event.detail <= 1) onAnswer(item.id, value);
  };
  // Coming back to an item, the answer given shows as the pressed one.
  const pressed = (value: Answer) => (given === undefined ? undefined : given === value);
  return (
    <section class="ws-card ws-step" aria-labelledby="ws-step-title">
      <h2 id="ws-step-title" ref={headingRef} tabIndex={-1} aria-describedby="ws-step-progress">
        {text('title')}
      </h2>
      <WorkstationIllustration item={item.id} title={text('picture')} />
      <p class="ws-check">{text('check')}</p>
      <p class="ws-step-sources">
        <Sources sources={item.sources} />
      </p>
      <div class="ws-answers">
        {/* The two answers weigh the same: neither is the one expected. */}
        <button type="button" aria-pressed={pressed('right')} onClick={answer('right')}>
          {t('workstation_right')}
        </button>
        <button type="button" aria-pressed={pressed('fix')} onClick={answer('fix')}>
          {t('workstation_fix')}
        </button>
      </div>
      {onBack ? (
        <button type="button" class="ws-link-button" onClick={onBack}>
          {t('workstation_back')}
        </button>
      ) : null}
    </section>
  );
}
