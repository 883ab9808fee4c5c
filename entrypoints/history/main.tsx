import { render } from 'preact';
import '@/components/base.css';
import './history.css';
import { App } from './App';

const root = document.getElementById('app');
if (root) render(<App />, root);
