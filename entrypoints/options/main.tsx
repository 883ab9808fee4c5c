import { render } from 'preact';
import '@/components/base.css';
import './options.css';
import { localizePage, t } from '@/lib/i18n/t';
import { openPageData } from '@/lib/pages/page-data';
import { WORKSTATION_KEY } from '@/lib/storage/items';
import { App } from './App';

// The settings, read first (both storage areas at once), so the first render shows the form;
// with them, when the workstation check was last done.
const data = openPageData({ engine: false, more: [WORKSTATION_KEY] });

const welcome = new URLSearchParams(window.location.search).has('welcome');
localizePage(t(welcome ? 'common_page_welcome' : 'common_page_options'));

const root = document.getElementById('app');
void data.ready.then(() => {
  if (root) render(<App welcome={welcome} data={data} />, root);
});
