/**
 * /certificate/: before completion, what remains; after, a printable
 * certificate with the learner's name (typed here, kept on the device), the
 * completion date, best scores and a verification code. Self-issued, and it
 * says so.
 */
import type { Strings } from '../i18n/index.ts';
import { certificateView, verificationCode, type CertificateModule } from '../lib/certificate.ts';
import { fill } from '../lib/format.ts';
import { MAX_NAME } from '../lib/settings.ts';
import { $settings, setName } from '../stores/settings.ts';
import { ProgressIsland } from './ProgressIsland.tsx';

interface Props {
  courseTitle: string;
  lang: string;
  modules: CertificateModule[];
  strings: Strings<'certificate' | 'progress'>;
}

export default class Certificate extends ProgressIsland<Props> {
  private stopSettings?: () => void;

  override componentDidMount(): void {
    super.componentDidMount();
    this.stopSettings = $settings.listen(() => this.forceUpdate());
  }

  override componentWillUnmount(): void {
    super.componentWillUnmount();
    this.stopSettings?.();
  }

  override render({ courseTitle, lang, modules, strings: s }: Props) {
    const view = certificateView(modules, this.progress);
    if (!view.complete) {
      return (
        <div class="tc-certificate-status">
          {this.renderNotice(s)}
          <p>{s['certificate.remaining']}</p>
          <ul>
            {view.modules
              .filter((r) => !r.passed)
              .map((r) => (
                <li key={r.module.id}>
                  <a href={r.module.href}>
                    {r.module.order}. {r.module.title}
                  </a>{' '}
                  <span class="tc-muted">({r.percent === null ? s['certificate.notTaken'] : fill(s['certificate.bestSoFar'], { percent: r.percent })})</span>
                </li>
              ))}
          </ul>
        </div>
      );
    }
    const name = this.mounted ? $settings.get().name : '';
    const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(view.completedAt!));
    return (
      <div>
        {this.renderNotice(s)}
        <p class="tc-no-print tc-certificate-name">
          <label for="tc-cert-name">{s['certificate.nameLabel']}</label>
          <input id="tc-cert-name" type="text" autocomplete="name" maxLength={MAX_NAME} value={name} aria-describedby="tc-cert-name-hint" onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
          <span id="tc-cert-name-hint" class="tc-muted">{s['certificate.nameHint']}</span>
        </p>
        <p class="tc-no-print">
          <button type="button" onClick={() => window.print()}>
            {s['certificate.print']}
          </button>
        </p>
        <article class="tc-certificate" aria-labelledby="tc-cert-heading">
          <h2 id="tc-cert-heading">{s['certificate.heading']}</h2>
          <p>{s['certificate.certifies']}</p>
          <p class="tc-certificate__name">{name.trim() || s['certificate.namePlaceholder']}</p>
          <p>{s['certificate.completed']}</p>
          <p class="tc-certificate__course">{courseTitle}</p>
          <p>{fill(s['certificate.date'], { date })}</p>
          <table>
            <caption>{s['certificate.modules']}</caption>
            <thead>
              <tr>
                <th scope="col">{s['certificate.module']}</th>
                <th scope="col">{s['certificate.score']}</th>
              </tr>
            </thead>
            <tbody>
              {view.modules.map((r) => (
                <tr key={r.module.id}>
                  <td>
                    {r.module.order}. {r.module.title}
                  </td>
                  <td>{r.percent} %</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="tc-certificate__small">{s['certificate.source']}</p>
          <p class="tc-certificate__small">{fill(s['certificate.verification'], { code: verificationCode(name, view) })}</p>
          <p class="tc-certificate__small">{s['certificate.selfIssued']}</p>
        </article>
      </div>
    );
  }
}
