/**
 * public/_headers, read the way its two hosts read it (see the comments in
 * the file): Netlify keeps the last matching rule's value of each header and
 * skips "!" lines; Cloudflare Pages joins the values of every matching rule,
 * except those a later rule detaches with "! Header-Name".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Line = { name: string; value: string } | { detach: string };
interface Rule {
  path: string;
  lines: Line[];
}

function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ path: line, lines: [] });
      continue;
    }
    const rule = rules.at(-1)!;
    if (line.startsWith('!')) rule.lines.push({ detach: line.slice(1).trim().toLowerCase() });
    else {
      const at = line.indexOf(':');
      rule.lines.push({ name: line.slice(0, at).trim().toLowerCase(), value: line.slice(at + 1).trim() });
    }
  }
  return rules;
}

const matches = (pattern: string, path: string) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);

function netlify(rules: Rule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules.filter((r) => matches(r.path, path))) {
    for (const line of rule.lines) if ('name' in line) out[line.name] = line.value;
  }
  return out;
}

function cloudflare(rules: Rule[], path: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const rule of rules.filter((r) => matches(r.path, path))) {
    for (const line of rule.lines) {
      if ('detach' in line) delete out[line.detach];
      else (out[line.name] ??= []).push(line.value);
    }
  }
  return out;
}

const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
const common = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };

describe('public/_headers', () => {
  it.each(['/', '/modules/why-gender/what-gender-sensitive-means/', '/embed/', '/embed.js', '/embedded/modules/x/', '/source/'])('%s may not be framed by other sites', (path) => {
    expect(netlify(rules, path)).toEqual({ ...common, 'content-security-policy': "frame-ancestors 'none'" });
    expect(cloudflare(rules, path)).toEqual({ 'content-security-policy': ["frame-ancestors 'none'"], 'x-content-type-options': ['nosniff'], 'referrer-policy': ['no-referrer'] });
  });

  it.each(['/embed/modules/why-gender/what-gender-sensitive-means/', '/embed/quizzes/why-gender-assessment/', '/embed/quizzes/crisis-and-migration-scenario-camp/'])(
    '%s may be framed by any site, with one policy only',
    (path) => {
      expect(netlify(rules, path)).toEqual({ ...common, 'content-security-policy': 'frame-ancestors *' });
      expect(cloudflare(rules, path)).toEqual({ 'content-security-policy': ['frame-ancestors *'], 'x-content-type-options': ['nosniff'], 'referrer-policy': ['no-referrer'] });
    },
  );
});
