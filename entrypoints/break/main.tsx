import { render } from 'preact';
import '@/components/base.css';
import './break.css';
import { localizePage, t } from '@/lib/i18n/t';
import { openPageData } from '@/lib/pages/page-data';
import { App, RECENT_KEY } from './App';

// Read first, in one go, so the first render shows the running break and its moves.
const data = openPageData({ more: [RECENT_KEY] });

localizePage(t('common_page_break'));

const root = document.getElementById('app');
void data.ready.then(() => {
  if (root) render(<App data={data} />, root);
});
