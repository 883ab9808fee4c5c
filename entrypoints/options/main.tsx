import { render } from 'preact';
import '@/components/base.css';
import './options.css';
import { App } from './App';

const welcome = new URLSearchParams(window.location.search).has('welcome');
if (welcome) document.title = 'Welcome to Limber';

const root = document.getElementById('app');
if (root) render(<App welcome={welcome} />, root);
