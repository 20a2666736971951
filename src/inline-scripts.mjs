// @ts-check
/**
 * Scripts that must run inline, before or without any bundle (the theme must
 * be set before first paint). They live here, as plain strings, because the
 * Content Security Policy allows them by hash: astro.config.mjs hashes these
 * exact strings, and pages render them with set:html. Minified by hand: they
 * run on every page.
 */

/**
 * In <head>: marks that JavaScript runs (hides no-JS notes) and applies a
 * stored theme; remembers the language the learner picks in the language menu
 * (LANGUAGE_KEY in src/lib/language-choice.ts, which reads it). Storage may throw.
 */
export const THEME_SCRIPT =
  "(function(d){d.dataset.js='';try{var s=localStorage.getItem('tc-theme');if(s=='light'||s=='dark')d.dataset.theme=s}catch(e){}d.addEventListener('click',function(e){var a=e.target.closest&&e.target.closest('a[data-tc-lang]');if(a)try{localStorage.setItem('tc-language',a.getAttribute('data-tc-lang'))}catch(x){}})})(document.documentElement);";

/** After the toggle button: wires it (d = <html>, q = the system preference). */
export const THEME_TOGGLE_SCRIPT =
  "(function(d,q){function c(){return d.dataset.theme||(q.matches?'dark':'light')}document.querySelectorAll('.tc-theme-toggle').forEach(function(b){function s(){b.setAttribute('aria-pressed',c()=='dark')}s();q.addEventListener('change',s);b.onclick=function(){var n=c()=='dark'?'light':'dark';d.dataset.theme=n;try{localStorage.setItem('tc-theme',n)}catch(e){}s()}})})(document.documentElement,matchMedia('(prefers-color-scheme: dark)'));";

/**
 * On /paths/: the home page's role form lands here with ?role= when its island
 * has not run (no JavaScript yet, or none at all). Remember the role as the
 * island would (settings are validated when read), then go to that path.
 */
export const PATHS_REDIRECT_SCRIPT =
  "(function(r){if(r&&/^[a-z-]+$/.test(r)&&document.getElementById(r)){try{var k='tc-settings',s=JSON.parse(localStorage.getItem(k)||'{}');if(!s||typeof s!='object')s={};s.role=r;localStorage.setItem(k,JSON.stringify(s))}catch(e){}location.replace(r+'/')}})(new URLSearchParams(location.search).get('role'));";

export const INLINE_SCRIPTS = [THEME_SCRIPT, THEME_TOGGLE_SCRIPT, PATHS_REDIRECT_SCRIPT];
