import './flare.css';
import { SOURCES } from '@/lib/content/sources';
import { t } from '@/lib/i18n/t';

/**
 * Flare mode's words on the break page: why the moves are gentle (NICE NG59 and the NHS: keep
 * moving, gently), and with `heatCold` how heat or cold may help and how to use them safely
 * (ACP 2017: superficial heat for acute low back pain; NHS: heat for stiffness and spasm, cold
 * may ease pain; wrapped, about 15-20 minutes, never on numb skin or while asleep).
 */
export function FlareNotes({ heatCold }: { heatCold: boolean }) {
  return (
    <section class="flare-notes" aria-label={t('flare_on_title')}>
      <p>
        {t('flare_break_lede')}{' '}
        <a href={SOURCES.nhsBackPain.url} target="_blank" rel="noreferrer">
          {t('exercises_source', SOURCES.nhsBackPain.name)}
        </a>
      </p>
      {heatCold ? (
        <div class="flare-heat-cold">
          <h2>{t('flare_heat_cold_title')}</h2>
          <p>{t('flare_heat_cold_text')}</p>
          <p class="flare-sources">
            <a href={SOURCES.acp2017.url} target="_blank" rel="noreferrer">
              {t('exercises_source', SOURCES.acp2017.name)}
            </a>{' '}
            <a href={SOURCES.nhsBackPain.url} target="_blank" rel="noreferrer">
              {t('exercises_source', SOURCES.nhsBackPain.name)}
            </a>
          </p>
        </div>
      ) : null}
    </section>
  );
}
