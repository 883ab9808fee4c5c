import { useEffect, useState } from 'preact/hooks';
import { workstationItem } from '@/lib/storage/items';

/**
 * When the workstation check was last done (null: never), for pages that only point to it (the
 * options page). Undefined until read; read after the page's first render, as a line beside a
 * link need not hold that render up, and followed while the page is open.
 */
export function useWorkstationDone(): number | null | undefined {
  const [doneAt, setDoneAt] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    workstationItem.getValue().then(
      (record) => live && setDoneAt(record.completedAt),
      () => live && setDoneAt(null),
    );
    const stop = workstationItem.watch((record) => setDoneAt(record.completedAt));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return doneAt;
}
