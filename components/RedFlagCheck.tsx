import { useId, useState } from 'preact/hooks';
import {
  type Answers,
  evaluateRedFlags,
  outcomeFor,
  RED_FLAG_QUESTIONS,
  redFlagDisclaimer,
} from '@/lib/content/red-flags';
import type { EmergencyRoute } from '@/lib/content/regions';
import type { Source } from '@/lib/content/sources';
import { t } from '@/lib/i18n/t';
import './RedFlagCheck.css';

type HeadingLevel = 2 | 3 | 4 | 5 | 6;

interface RedFlagCheckProps {
  /** Level of the "Red-flag check" heading, to fit the page's outline. */
  headingLevel?: HeadingLevel;
  /** Who to call in the user's country. */
  route: EmergencyRoute;
}

function SourceLink({ source }: { source: Source }) {
  return (
    <a class="rfc-source" href={source.url} target="_blank" rel="noreferrer">
      {t('redflags_source', source.name)}
    </a>
  );
}

/**
 * Yes/no questions that say how soon back pain needs medical help. Answers live only in this
 * component's state: health answers are never stored, and every visit starts fresh.
 */
export function RedFlagCheck({ headingLevel = 2, route }: RedFlagCheckProps) {
  const [answers, setAnswers] = useState<Answers>({});
  const uid = useId();
  const result = evaluateRedFlags(answers);
  const decided = result.status === 'decided';
  const disclaimer = redFlagDisclaimer(route);
  const Heading = `h${headingLevel}` as const;
  const OutcomeHeading = `h${Math.min(headingLevel + 1, 6) as HeadingLevel}` as const;

  // Once the result is decided, unanswered questions cannot change it; hiding them keeps the
  // outcome right under the last answer instead of below the fold of a small popup.
  const shown = RED_FLAG_QUESTIONS.filter((q) => !decided || answers[q.id] !== undefined);
  const hiddenCount = RED_FLAG_QUESTIONS.length - shown.length;

  const answer = (id: string, value: boolean) => setAnswers((prev) => ({ ...prev, [id]: value }));

  return (
    <section class="red-flag-check" aria-labelledby={`${uid}-heading`}>
      <Heading id={`${uid}-heading`}>{t('redflags_heading')}</Heading>
      <p class="rfc-intro">{t('redflags_intro')}</p>

      {shown.map((q) => {
        const name = `${uid}-${q.id}`;
        return (
          <fieldset key={q.id} class="rfc-question">
            <legend>
              <span class="rfc-question-text">{q.text}</span>
              {q.hint ? <span class="rfc-hint">{q.hint}</span> : null}
            </legend>
            <div class="rfc-choices">
              <label>
                <input
                  type="radio"
                  name={name}
                  value="yes"
                  checked={answers[q.id] === true}
                  onChange={() => answer(q.id, true)}
                />
                {t('redflags_yes')}
              </label>
              <label>
                <input
                  type="radio"
                  name={name}
                  value="no"
                  checked={answers[q.id] === false}
                  onChange={() => answer(q.id, false)}
                />
                {t('redflags_no')}
              </label>
            </div>
          </fieldset>
        );
      })}

      {/* Always in the page so screen readers announce the outcome when it appears. */}
      <div
        role="status"
        aria-live="polite"
        class={
          decided
            ? `rfc-outcome rfc-outcome--decided rfc-outcome--${result.urgency}`
            : 'rfc-outcome'
        }
      >
        {decided ? (
          <>
            <OutcomeHeading class="rfc-outcome-title">
              {outcomeFor(result.urgency, route).title}
            </OutcomeHeading>
            <p class="rfc-action">{outcomeFor(result.urgency, route).action}</p>
            {result.triggeredBy.length > 0 ? (
              <>
                <p class="rfc-why">{t('redflags_why_yes')}</p>
                <ul class="rfc-why-list">
                  {result.triggeredBy.map((q) => (
                    <li key={q.id}>
                      {q.text}{' '}
                      {q.sources.map((s) => (
                        <span key={s.url}>
                          <SourceLink source={s} />{' '}
                        </span>
                      ))}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p class="rfc-why">{t('redflags_why_none')}</p>
            )}
            <ul class="rfc-details">
              {outcomeFor(result.urgency, route).details.map((d) => (
                <li key={d.id}>
                  {d.text} <SourceLink source={d.source} />
                </li>
              ))}
            </ul>
            {hiddenCount > 0 ? <p class="rfc-note">{t('redflags_hidden_note')}</p> : null}
          </>
        ) : null}
        <p class="rfc-disclaimer">
          {disclaimer.text} <SourceLink source={disclaimer.source} />
        </p>
      </div>

      <button type="button" class="rfc-reset" onClick={() => setAnswers({})}>
        {t('redflags_start_over')}
      </button>
    </section>
  );
}
