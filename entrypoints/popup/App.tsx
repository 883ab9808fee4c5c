import { browser } from 'wxt/browser';
import { Brand } from '@/components/Brand';

export function App() {
  return (
    <main>
      <Brand title="Limber" />
      <p>Short movement breaks while you sit, to keep your back happy.</p>
      <p class="muted">Limber gives general wellness information, not a diagnosis.</p>
      <button type="button" onClick={() => browser.runtime.openOptionsPage()}>
        Settings
      </button>
    </main>
  );
}
