import { useEffect, useRef } from 'preact/hooks';
import { Brand } from '@/components/Brand';
import { t } from '@/lib/i18n/t';
import type { PageData } from '@/lib/pages/page-data';
import { WORKSTATION_SOURCES } from '@/lib/workstation/checklist';
import { Sources } from './Sources';
import { Step } from './Step';
import { Summary } from './Summary';
import { useWorkstation } from './useWorkstation';

/**
 * The workstation set-up check: one item at a time, then a to-do list of what needs fixing,
 * kept on this computer and open to change (any answer, or the whole check again).
 */
export function App({ data }: { data: PageData }) {
  const page = useWorkstation(data);
  const { items, record, view } = page;

  // Each new step or the list takes focus on its heading, so keyboard and screen-reader users
  // carry on from there; not on the first render, where the page starts at its top.
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    if (!firstRender.current) {
      heading.current?.focus({ preventScroll: true });
      heading.current?.scrollIntoView?.({ block: 'nearest' });
    }
    firstRender.current = false;
  }, [view]);

  const item = typeof view === 'number' ? items[view] : undefined;
  const progress = item ? t('workstation_progress', (view as number) + 1, items.length) : '';

  return (
    <main class="workstation">
      <Brand title={t('workstation_page_title')} />
      <p class="ws-intro">{t('workstation_intro')}</p>
      <p class="ws-note">
        {t('workstation_not_diagnosis')} <Sources sources={[WORKSTATION_SOURCES.osullivan2020]} />
      </p>

      {/* In the page from the start, so screen readers announce each step's progress. */}
      <p role="status" id="ws-step-progress" class="ws-progress">
        {progress}
      </p>
      {item ? (
        <Step
          key={item.id}
          item={item}
          given={record.answers[item.id]}
          headingRef={heading}
          onAnswer={page.answer}
          onBack={(view as number) > 0 ? page.back : undefined}
        />
      ) : (
        <Summary
          items={items}
          record={record}
          headingRef={heading}
          onTick={page.tick}
          onEdit={page.edit}
          onRestart={page.restart}
          onResume={page.resume}
        />
      )}

      {page.saveFailed ? (
        <p role="alert" class="ws-error">
          {t('workstation_save_failed')}
        </p>
      ) : null}

      {/* Without a sit-stand desk the standing items are left out: say where to add them. */}
      {items.some((i) => i.standing) ? null : (
        <p class="ws-muted">
          {t('workstation_sit_stand_note', t('settings_sit_stand_label'))}{' '}
          <a href="/options.html">{t('workstation_options_link')}</a>
        </p>
      )}
    </main>
  );
}
