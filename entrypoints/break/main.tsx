import { render } from 'preact';
import '@/components/base.css';
import './break.css';
import { localizePage, t } from '@/lib/i18n/t';
import { openPageData } from '@/lib/pages/page-data';
import { readCustomExercises } from '@/lib/storage/custom-exercises';
import { ENGINE_KEY, FLARE_KEY } from '@/lib/storage/items';
import { App, RECENT_KEY } from './App';
import { linkWhileOnBreak } from './worker-link';

// Read first, in one go, so the first render shows the running break and its moves.
const data = openPageData({ more: [RECENT_KEY, FLARE_KEY] });
// The user's own exercises, read at the same time (sync storage, in pages: see lib/storage).
const custom = readCustomExercises().catch((error: unknown) => {
  console.error('Limber break page: could not read your exercises', error);
  return [];
});
// While a break runs, the background hears from this page when it closes (./worker-link.ts).
linkWhileOnBreak(data.ready.then(() => data.value(ENGINE_KEY)));

localizePage(t('common_page_break'));

const root = document.getElementById('app');
void Promise.all([custom, data.ready]).then(([own]) => {
  if (root) render(<App data={data} custom={own} />, root);
});
