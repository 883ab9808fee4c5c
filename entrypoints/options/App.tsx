import { Brand } from '@/components/Brand';

export function App() {
  return (
    <main>
      <Brand title="Limber settings" />
      <p>
        Limber reminds you to get up and move every 30 minutes of sitting. The settings for your
        schedule, working hours and notifications will appear here.
      </p>
    </main>
  );
}
