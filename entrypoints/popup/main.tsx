import { render } from 'preact';
import '@/components/base.css';
import './popup.css';
import { localizePage, t } from '@/lib/i18n/t';
import { openPageData } from '@/lib/pages/page-data';
import { App } from './App';
import { POPUP_SECTION_KEY } from './section-item';

// Read first, in one go, so the first render shows the status rather than "Checking…".
const data = openPageData({ more: [POPUP_SECTION_KEY] });

localizePage(t('common_page_popup'));

const root = document.getElementById('app');
void data.ready.then(() => {
  if (root) render(<App data={data} />, root);
});
