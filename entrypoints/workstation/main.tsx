import { render } from 'preact';
import '@/components/base.css';
import './workstation.css';
import { localizePage, t } from '@/lib/i18n/t';
import { openPageData } from '@/lib/pages/page-data';
import { WORKSTATION_KEY } from '@/lib/storage/items';
import { App } from './App';

// Read first, in one call per area (the settings say whether the standing-desk items are asked,
// local storage holds the answers), so the first render shows the right step.
const data = openPageData({ engine: false, more: [WORKSTATION_KEY] });

localizePage(t('workstation_page_title'));

const root = document.getElementById('app');
void data.ready.then(() => {
  if (root) render(<App data={data} />, root);
});
