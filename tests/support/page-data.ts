import { openPageData, type PageData, type PageDataOptions } from '@/lib/pages/page-data';

/** A page's stored data, read as its main.tsx reads it before the first render. */
export async function readPageData(options?: PageDataOptions): Promise<PageData> {
  const data = openPageData(options);
  await data.ready;
  return data;
}
