import { render } from 'preact';
import '@/components/base.css';
import './history.css';
import { localizePage, t } from '@/lib/i18n/t';
import { openPageData } from '@/lib/pages/page-data';
import { App } from './App';
import { HISTORY_KEY } from './useHistoryData';

// Read first, in one call (no settings: the history shows what is stored), so the first render
// shows the history.
const data = openPageData({ settings: false, more: [HISTORY_KEY] });

localizePage(t('common_page_history'));

const root = document.getElementById('app');
void data.ready.then(() => {
  if (root) render(<App data={data} />, root);
});
