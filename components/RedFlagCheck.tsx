import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
  type Answers,
  evaluateRedFlags,
  nextQuestion,
  outcomeFor,
  RED_FLAG_QUESTIONS,
  redFlagDisclaimer,
} from '@/lib/content/red-flags';
import type { EmergencyRoute } from '@/lib/content/regions';
import { reviewedMonth } from '@/lib/content/review';
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

/** One answer, in the order given: the check asks its questions in order, one at a time. */
interface Given {
  readonly id: string;
  readonly yes: boolean;
}

const toAnswers = (given: readonly Given[]): Answers =>
  Object.fromEntries(given.map(({ id, yes }) => [id, yes]));

function SourceLink({ source }: { source: Source }) {
  return (
    <a class="rfc-source" href={source.url} target="_blank" rel="noreferrer">
      {t('redflags_source', source.name)}
    </a>
  );
}

/**
 * Yes/no questions that say how soon back pain needs medical help, asked one at a time (as NHS
 * 111 online does) so each fits the popup; the outcome shows as soon as no answer left could
 * change it. Answers live only in this component's state: health answers are never stored, and
 * every visit starts fresh.
 */
export function RedFlagCheck({ headingLevel = 2, route }: RedFlagCheckProps) {
  const [given, setGiven] = useState<readonly Given[]>([]);
  const uid = useId();
  const answers = toAnswers(given);
  const result = evaluateRedFlags(answers);
  const current = nextQuestion(answers);
  const disclaimer = redFlagDisclaimer(route);
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${Math.min(headingLevel + 1, 6) as HeadingLevel}` as const;

  // Each step brings what it shows (the question with its answers, or the top of the outcome)
  // into view, and puts focus on its heading so keyboard and screen reader users carry on from
  // there; but not when the check first appears, where focus stays with what opened it.
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const questionBox = useRef<HTMLDivElement>(null);
  const outcomeBox = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  // A layout effect, so focus moves in the same task that draws the step: a click or key that
  // lands before the next frame goes to the new step, never to the old one's place.
  useLayoutEffect(() => {
    if (!firstRender.current) stepHeading.current?.focus({ preventScroll: true });
    firstRender.current = false;
    (questionBox.current ?? outcomeBox.current)?.scrollIntoView?.({ block: 'nearest' });
  }, [given]);

  /**
   * Answers the question that was shown. A click meant for an earlier question (the second click
   * of a double click, say) must not answer the next one unseen.
   */
  const answer = (id: string, yes: boolean) =>
    setGiven((prev) => (nextQuestion(toAnswers(prev))?.id === id ? [...prev, { id, yes }] : prev));
  // Every button of the check takes one click at a time: Back and Start over appear where the
  // first question's answers were, and the second click of a double click must not undo it.
  const singleClick = (act: () => void) => (event: MouseEvent) => {
    if (event.detail <= 1) act();
  };
  const onAnswer = (id: string, yes: boolean) => singleClick(() => answer(id, yes));
  const back = singleClick(() => setGiven((prev) => prev.slice(0, -1)));
  const startOver = singleClick(() => setGiven([]));

  const outcome = result.status === 'decided' ? outcomeFor(result.urgency, route) : undefined;
  const notAsked = RED_FLAG_QUESTIONS.some((q) => answers[q.id] === undefined);

  const nav =
    given.length > 0 ? (
      <div class="rfc-nav">
        <button type="button" class="rfc-back" onClick={back}>
          {t('redflags_back')}
        </button>
        <button type="button" class="rfc-reset" onClick={startOver}>
          {t('redflags_start_over')}
        </button>
      </div>
    ) : null;

  return (
    <section class="red-flag-check" aria-labelledby={`${uid}-heading`}>
      <Heading id={`${uid}-heading`}>{t('redflags_heading')}</Heading>
      <p class="rfc-intro">{t('redflags_intro')}</p>

      {result.status === 'decided' && outcome ? (
        <section
          ref={outcomeBox}
          aria-labelledby={`${uid}-outcome`}
          class={`rfc-outcome rfc-outcome--${result.urgency}`}
        >
          <SubHeading
            id={`${uid}-outcome`}
            ref={stepHeading}
            tabIndex={-1}
            class="rfc-outcome-title"
          >
            {outcome.title}
          </SubHeading>
          <p class="rfc-action">{outcome.action}</p>
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
            {outcome.details.map((d) => (
              <li key={d.id}>
                {d.text} <SourceLink source={d.source} />
              </li>
            ))}
          </ul>
          {notAsked ? <p class="rfc-note">{t('redflags_hidden_note')}</p> : null}
          {nav}
        </section>
      ) : current ? (
        <div ref={questionBox} class="rfc-step">
          <p class="rfc-progress" id={`${uid}-progress`}>
            {t(
              'redflags_progress',
              RED_FLAG_QUESTIONS.indexOf(current) + 1,
              RED_FLAG_QUESTIONS.length,
            )}
          </p>
          <fieldset
            aria-labelledby={`${uid}-question`}
            aria-describedby={current.hint ? `${uid}-hint` : undefined}
            class="rfc-question"
          >
            <SubHeading
              id={`${uid}-question`}
              ref={stepHeading}
              tabIndex={-1}
              aria-describedby={`${uid}-progress`}
              class="rfc-question-text"
            >
              {current.text}
            </SubHeading>
            {current.hint ? (
              <p class="rfc-hint" id={`${uid}-hint`}>
                {current.hint}
              </p>
            ) : null}
            <div class="rfc-answers">
              <button type="button" onClick={onAnswer(current.id, true)}>
                {t('redflags_yes')}
              </button>
              <button type="button" onClick={onAnswer(current.id, false)}>
                {t('redflags_no')}
              </button>
            </div>
          </fieldset>
          {nav}
        </div>
      ) : null}

      {/* In the page from the start, so screen readers announce the outcome when it appears. */}
      <p role="status" class="visually-hidden">
        {outcome ? `${outcome.title}. ${outcome.action}` : ''}
      </p>

      <p class="rfc-disclaimer">
        {disclaimer.text} <SourceLink source={disclaimer.source} />
      </p>
      <p class="rfc-reviewed">{t('redflags_reviewed', reviewedMonth())}</p>
    </section>
  );
}
