import { OTHER_REGION } from '@/lib/content/regions';
import { browserLanguageTags, t, uiLocale } from '@/lib/i18n/t';
import { fieldHelp, fieldLabel } from '@/lib/settings/fields';
import { browserCountry, countryChoices, countryName } from '@/lib/settings/region';
import type { SectionProps } from './fields';

/** The first choice, "From my browser (Germany)": what it stands for on this computer. */
function fromBrowserText(locale: string): string {
  const country = browserCountry(browserLanguageTags());
  switch (country.kind) {
    case 'listed':
      return t('options_region_browser', countryName(country.code, locale));
    case 'unlisted':
      return t('options_region_browser_unlisted', countryName(country.code, locale));
    case 'unknown':
      return t('options_region_browser_unknown');
  }
}

/**
 * The country whose emergency and urgent numbers the red-flag check names: the browser's, a
 * listed country by its name in the user's language, or "not listed". Saved when chosen.
 */
export function RegionSetting({ form, settings }: SectionProps) {
  const locale = uiLocale();
  const locked = form.locked('region');
  return (
    <div class={`field select-field${locked ? ' is-disabled' : ''}`}>
      <label class="field-label" for="region">
        {fieldLabel('region')}
      </label>
      <select
        id="region"
        disabled={locked}
        aria-describedby={locked ? 'region-reason region-help' : 'region-help'}
        value={settings.region}
        onChange={(event) => {
          const region = event.currentTarget.value;
          form.change((s) => ({ ...s, region }));
        }}
      >
        <option value="">{fromBrowserText(locale)}</option>
        {countryChoices(locale).map(({ code, name }) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
        <option value={OTHER_REGION}>{t('options_region_other')}</option>
      </select>
      <p class="field-help" id="region-help">
        {fieldHelp('region')}
      </p>
      {locked && (
        <p class="field-disabled-reason" id="region-reason">
          {t('policy_locked')}
        </p>
      )}
    </div>
  );
}
