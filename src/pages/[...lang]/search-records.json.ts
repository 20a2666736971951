/**
 * Search records for things that are not pages of their own: each report
 * paragraph and each glossary term, so a result links to #para-N or #term.
 * scripts/build-search.mjs feeds this to Pagefind and then deletes the file.
 */
import type { APIRoute } from 'astro';
import { getCourse } from '../../data/course.ts';
import { t } from '../../i18n/index.ts';
import { plainText } from '../../lib/source-text.ts';
import { sourceAnchorHref, termHref } from '../../lib/urls.ts';
import { eachLang, usePageLang } from '../../i18n/page.ts';

export const getStaticPaths = eachLang;

export interface SearchRecord {
  url: string;
  content: string;
  meta: { title: string };
  filters: { kind: string[] };
}

export const GET: APIRoute = async ({ params }) => {
  const course = await getCourse(usePageLang({ params }));
  const records: SearchRecord[] = [];
  for (const { data } of course.source) {
    if (data.kind !== 'paragraph' && data.kind !== 'footnote') continue;
    const anchor = `${data.kind === 'paragraph' ? 'para' : 'fn'}-${data.number}`;
    const title = data.kind === 'paragraph' ? t('source.paragraph', { n: data.number }) : t('source.footnote', { n: data.number });
    records.push({ url: sourceAnchorHref(anchor), content: plainText(data.text), meta: { title: `${t('source.title')}, ${title.toLowerCase()}` }, filters: { kind: ['source'] } });
  }
  for (const g of course.glossary) {
    const content = [g.data.term, ...g.data.aka, g.data.definition].join('. ');
    records.push({ url: termHref(g.id), content, meta: { title: `${t('glossary.title')}: ${g.data.term}` }, filters: { kind: ['glossary'] } });
  }
  return new Response(JSON.stringify(records), { headers: { 'content-type': 'application/json' } });
};
