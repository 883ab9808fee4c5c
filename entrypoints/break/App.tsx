import { Brand } from '@/components/Brand';

export function App() {
  return (
    <main>
      <Brand title="Time to move" />
    </main>
  );
}
