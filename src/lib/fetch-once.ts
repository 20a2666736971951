/**
 * Static JSON that a page's islands fetch on mounting rather than carry in the
 * page (the classroom bank, quiz explanations): one request per URL and page,
 * shared by every island that asks; a failure is not remembered, so trying
 * again fetches again. `parse` checks the shape, so a stale or damaged file
 * is an error, never a half-read object.
 */
const pending = new Map<string, Promise<unknown>>();

export function fetchJsonOnce<T>(url: string, parse: (value: unknown) => T | null, fetcher: typeof fetch = fetch): Promise<T> {
  let p = pending.get(url) as Promise<T> | undefined;
  if (!p) {
    p = fetcher(url)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((json: unknown) => parse(json) ?? Promise.reject(new Error(`unreadable ${url}`)));
    p.catch(() => pending.delete(url));
    pending.set(url, p);
  }
  return p;
}
