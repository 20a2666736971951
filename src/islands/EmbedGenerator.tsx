/**
 * The embed code generator on /embed/: pick a lesson or quiz, a theme and an
 * accent colour; see a live preview; copy the code. The code uses the address
 * the page is served from (location.origin once hydrated), so a self-hosted
 * copy of the course generates codes that point to itself. The server renders
 * the code for the configured `site`, and the first client render matches it.
 * The controls are disabled until hydrated, so no choice is silently lost.
 */
import { Component, createRef } from 'preact';
import type { Strings } from '../i18n/index.ts';
import type { EmbedGroup } from '../data/embeds.ts';
import { copyField } from '../lib/clipboard.ts';
import { embedCode } from '../lib/embed-code.ts';
import { embedQuery, judgeAccent, THEME_CHOICES, type ThemeChoice } from '../lib/embed-theme.ts';
import { fill } from '../lib/format.ts';

export const GENERATOR_KEYS = [
  'embed.pick',
  'embed.theme',
  'embed.theme.auto',
  'embed.theme.light',
  'embed.theme.dark',
  'embed.accent',
  'embed.accentHint',
  'embed.accentInvalid',
  'embed.accentUsed',
  'embed.accentRejected',
  'embed.scheme.light',
  'embed.scheme.dark',
  'embed.preview',
  'embed.previewFrame',
  'embed.codeLabel',
  'embed.codeHint',
  'embed.copy',
  'embed.copied',
  'embed.copyFailed',
] as const;
type Key = (typeof GENERATOR_KEYS)[number];

interface Props {
  groups: EmbedGroup[];
  /** The origin the server renders codes for (the configured site). */
  origin: string;
  /** Path of embed.js. */
  script: string;
  strings: Pick<Strings<'embed'>, Key>;
}
interface State {
  href: string;
  theme: ThemeChoice;
  accent: string;
  /** The query string the preview shows: follows the accent once typing pauses. */
  previewQuery: string;
  origin: string;
  mounted: boolean;
  copied: 'yes' | 'no' | null;
}

/** A contrast ratio rounded down (4.49 must not read as 4.5), in the page's language. Only shown client-side. */
const ratio = (n: number) => new Intl.NumberFormat(document.documentElement.lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.floor(n * 10) / 10);

export default class EmbedGenerator extends Component<Props, State> {
  override state: State = {
    href: this.props.groups[0]?.options[0]?.href ?? '',
    theme: 'auto',
    accent: '',
    previewQuery: '',
    origin: this.props.origin,
    mounted: false,
    copied: null,
  };
  private code = createRef<HTMLTextAreaElement>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  override componentDidMount(): void {
    this.setState({ origin: location.origin, mounted: true });
  }

  override componentWillUnmount(): void {
    clearTimeout(this.timer);
  }

  private update(change: Partial<State>): void {
    const next = { ...this.state, ...change };
    const query = embedQuery(next.theme, next.accent);
    clearTimeout(this.timer);
    // Typing a colour passes through other colours (#0b5 on the way to #0b5cad): reload the preview once typing pauses.
    if ('accent' in change) this.timer = setTimeout(() => this.setState({ previewQuery: query }), 500);
    else change.previewQuery = query;
    this.setState({ ...change, copied: null });
  }

  private copy = async () => {
    const field = this.code.current;
    if (field) this.setState({ copied: (await copyField(field)) ? 'yes' : 'no' });
  };

  override render({ groups, script, strings: s }: Props, { href, theme, accent, previewQuery, origin, mounted, copied }: State) {
    const option = groups.flatMap((g) => g.options).find((o) => o.href === href);
    const verdicts = accent.trim() ? judgeAccent(accent.trim(), theme) : [];
    const code = embedCode({ src: new URL(href + embedQuery(theme, accent), origin).href, script: new URL(script, origin).href, title: option?.title ?? '' });
    return (
      <div class="tc-generator">
        <p class="tc-generator__field">
          <label for="tc-gen-item">{s['embed.pick']}</label>
          <select id="tc-gen-item" value={href} disabled={!mounted} onChange={(e) => this.update({ href: e.currentTarget.value })}>
            {groups.map((g) => (
              <optgroup key={g.label} label={g.label}>
                {g.options.map((o) => (
                  <option key={o.href} value={o.href}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </p>
        <fieldset class="tc-generator__theme" disabled={!mounted}>
          <legend>{s['embed.theme']}</legend>
          {THEME_CHOICES.map((choice) => (
            <div class="tc-option" key={choice}>
              <input type="radio" name="tc-gen-theme" id={`tc-gen-theme-${choice}`} value={choice} checked={theme === choice} onChange={() => this.update({ theme: choice })} />
              <label for={`tc-gen-theme-${choice}`}>{s[`embed.theme.${choice}`]}</label>
            </div>
          ))}
        </fieldset>
        <p class="tc-generator__field">
          <label for="tc-gen-accent">{s['embed.accent']}</label>
          <span class="tc-generator__hint" id="tc-gen-accent-hint">{s['embed.accentHint']}</span>
          <input
            type="text"
            id="tc-gen-accent"
            value={accent}
            disabled={!mounted}
            size={10}
            autocomplete="off"
            spellcheck={false}
            aria-describedby="tc-gen-accent-hint tc-gen-accent-result"
            aria-invalid={verdicts === null || undefined}
            onInput={(e) => this.update({ accent: e.currentTarget.value })}
          />
        </p>
        <div class="tc-generator__result" id="tc-gen-accent-result" role="status">
          {verdicts === null ? (
            <p class="tc-message--error">{s['embed.accentInvalid']}</p>
          ) : (
            verdicts.map((v) => (
              <p key={v.scheme} class={v.used ? undefined : 'tc-message--error'}>
                {fill(s[v.used ? 'embed.accentUsed' : 'embed.accentRejected'], { scheme: s[`embed.scheme.${v.scheme}`], ratio: ratio(v.ratio) })}
              </p>
            ))
          )}
        </div>
        <h3>{s['embed.preview']}</h3>
        {/* The frame takes its content's height (embed.js on this page); the box around it scrolls. */}
        <div class="tc-generator__preview" role="region" aria-label={s['embed.preview']} tabIndex={0}>
          <iframe src={href + previewQuery} title={fill(s['embed.previewFrame'], { title: option?.title ?? '' })} />
        </div>
        <p class="tc-generator__field">
          <label for="tc-gen-code">{s['embed.codeLabel']}</label>
          <span class="tc-generator__hint" id="tc-gen-code-hint">{s['embed.codeHint']}</span>
          <textarea id="tc-gen-code" ref={this.code} readOnly rows={6} value={code} aria-describedby="tc-gen-code-hint" />
        </p>
        <p class="tc-generator__actions">
          <button type="button" onClick={this.copy} disabled={!mounted}>
            {s['embed.copy']}
          </button>
          <span role="status">{copied === 'yes' ? s['embed.copied'] : copied === 'no' ? s['embed.copyFailed'] : ''}</span>
        </p>
      </div>
    );
  }
}
