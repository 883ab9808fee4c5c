import { render } from 'preact';
import '@/components/base.css';
import './popup.css';
import { localizePage, t } from '@/lib/i18n/t';
import { App } from './App';

localizePage(t('common_page_popup'));

const root = document.getElementById('app');
if (root) render(<App />, root);
