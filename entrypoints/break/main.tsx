import { render } from 'preact';
import '@/components/base.css';
import './break.css';
import { App } from './App';

const root = document.getElementById('app');
if (root) render(<App />, root);
