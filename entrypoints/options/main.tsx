import { render } from 'preact';
import '@/components/base.css';
import './options.css';
import { localizePage, t } from '@/lib/i18n/t';
import { App } from './App';

const welcome = new URLSearchParams(window.location.search).has('welcome');
localizePage(t(welcome ? 'common_page_welcome' : 'common_page_options'));

const root = document.getElementById('app');
if (root) render(<App welcome={welcome} />, root);
