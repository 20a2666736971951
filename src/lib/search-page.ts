/**
 * The search page's behaviour (framework-free). Pagefind is imported only when
 * the learner focuses the box or a query is present. Results are built with DOM
 * methods: Pagefind's excerpts mark matches with <mark>, which is rebuilt as
 * elements rather than passed through innerHTML.
 */
// Not format.ts: that module lives in the islands' shared chunk, which the
// search page has no other reason to load.
const fill = (template: string, vars: Record<string, string | number>): string => template.replace(/\{(\w+)\}/g, (w, k: string) => String(vars[k] ?? w));

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results?: { url: string; title: string; excerpt: string; locations?: number[] }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}
interface Strings {
  results: string;
  oneResult: string;
  noResults: string;
  loading: string;
  unavailable: string;
  kinds: Record<string, string>;
  modules: Record<string, string>;
}


/** Turns "a <mark>b</mark> c" into text and <mark> nodes; any other tag is dropped as text. */
export function excerptNodes(excerpt: string, doc: Document = document): Node[] {
  const nodes: Node[] = [];
  const parts = excerpt.split(/(<mark>.*?<\/mark>)/g);
  const decode = (s: string) => s.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  for (const part of parts) {
    if (!part) continue;
    const m = /^<mark>(.*)<\/mark>$/.exec(part);
    if (m) {
      const mark = doc.createElement('mark');
      mark.textContent = decode(m[1]!);
      nodes.push(mark);
    } else nodes.push(doc.createTextNode(decode(part)));
  }
  return nodes;
}

/** The most relevant section of a page, so a result links to #that-section. */
function bestTarget(data: PagefindResultData): { url: string; excerpt: string; title: string } {
  const title = data.meta.title ?? data.url;
  const subs = (data.sub_results ?? []).filter((s) => s.url.includes('#'));
  if (subs.length === 0) return { url: data.url, excerpt: data.excerpt, title };
  const best = subs.reduce((a, b) => ((b.locations?.length ?? 0) > (a.locations?.length ?? 0) ? b : a));
  return { url: best.url, excerpt: best.excerpt, title: best.title && best.title !== title ? `${title}: ${best.title}` : title };
}

export function runSearchPage(form: HTMLFormElement): void {
  const strings = JSON.parse(form.dataset['strings'] ?? '{}') as Strings;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const moduleSelect = form.querySelector<HTMLSelectElement>('select[name="module"]')!;
  const kindSelect = form.querySelector<HTMLSelectElement>('select[name="kind"]')!;
  const status = document.querySelector<HTMLElement>('.tc-search__status')!;
  const list = document.querySelector<HTMLOListElement>('.tc-search__results')!;
  let engine: Promise<Pagefind> | undefined;
  let generation = 0;

  const load = (): Promise<Pagefind> => {
    engine ??= import(/* @vite-ignore */ form.dataset['pagefindUrl']!).then(async (pf: Pagefind) => {
      await pf.options({ excerptLength: 24 });
      return pf;
    });
    return engine;
  };

  const params = new URLSearchParams(location.search);
  input.value = (params.get('q') ?? '').slice(0, 200);
  moduleSelect.value = params.get('module') ?? '';
  kindSelect.value = params.get('kind') ?? '';
  if (moduleSelect.selectedIndex < 0) moduleSelect.value = '';
  if (kindSelect.selectedIndex < 0) kindSelect.value = '';

  async function run(): Promise<void> {
    const query = input.value.trim();
    const mine = ++generation;
    const url = new URL(location.href);
    url.search = '';
    if (query) url.searchParams.set('q', query);
    if (moduleSelect.value) url.searchParams.set('module', moduleSelect.value);
    if (kindSelect.value) url.searchParams.set('kind', kindSelect.value);
    history.replaceState(null, '', url);
    list.replaceChildren();
    if (!query) {
      status.textContent = '';
      return;
    }
    status.textContent = strings.loading;
    let results: PagefindResultData[];
    try {
      const pf = await load();
      const filters: Record<string, string> = {};
      if (moduleSelect.value) filters['module'] = moduleSelect.value;
      if (kindSelect.value) filters['kind'] = kindSelect.value;
      const found = await pf.search(query, { filters });
      results = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
    } catch {
      if (mine === generation) status.textContent = strings.unavailable;
      return;
    }
    if (mine !== generation) return;
    status.textContent =
      results.length === 0 ? fill(strings.noResults, { query }) : fill(results.length === 1 ? strings.oneResult : strings.results, { query, count: results.length });
    list.replaceChildren(...results.map(renderResult));
  }

  function renderResult(data: PagefindResultData): HTMLLIElement {
    const target = bestTarget(data);
    const li = document.createElement('li');
    const heading = document.createElement('h2');
    const a = document.createElement('a');
    a.href = target.url;
    a.textContent = target.title;
    const kind = document.createElement('p');
    kind.className = 'tc-search__kind';
    const kindId = data.filters['kind']?.[0] ?? '';
    const moduleId = data.filters['module']?.[0];
    kind.textContent = [strings.kinds[kindId], moduleId && strings.modules[moduleId]].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    excerpt.append(...excerptNodes(target.excerpt));
    heading.append(a);
    li.append(heading, kind, excerpt);
    return li;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  moduleSelect.addEventListener('change', () => void run());
  kindSelect.addEventListener('change', () => void run());
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  if (input.value.trim()) void run();
}
