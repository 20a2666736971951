/* The inline script in the <head> of every embed view (src/layouts/Embed.astro;
 * this comment and the line breaks are stripped). It runs before the first
 * paint, and embeds are quiz pages with a JavaScript budget, so it is small
 * and written by hand. c = HeadScriptConfig (src/lib/embed-theme.ts). It
 * - applies `theme` and `lang` as embedSettings() does
 *   (tests/unit/embed-theme.test.ts runs both on the same query strings),
 *   and imports embed-accent.js, the accent's contrast check, only when the
 *   query string has an accent;
 * - marks <html data-tc-storage="memory"> when localStorage fails the same
 *   probe as src/lib/safe-storage.ts, so CSS shows the one-line notice.
 */
(function(c){
var r=document.documentElement,d=r.dataset,q=new URLSearchParams(location.search),t=q.get('theme'),l=q.get('lang'),s,k='__tc_probe__';
d.js='';
if(t=='light'||t=='dark')d.theme=t;
if(l!==null&&c.langs.hasOwnProperty(l))r.lang=l,r.dir=c.langs[l];
try{s=localStorage;s.setItem(k,k);s.removeItem(k)}catch(e){d.tcStorage='memory'}
if(q.has('accent'))import(c.accent);
})
