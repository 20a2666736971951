/**
 * "What is your role?" on the home page. A plain GET form to /paths/ without
 * JavaScript; with it, the answer is remembered on this device and the
 * learner goes straight to their path. On later visits the remembered path is
 * offered first.
 */
import { Component } from 'preact';
import type { Strings } from '../i18n/index.ts';
import type { Audience } from '../lib/audiences.ts';
import { fill } from '../lib/format.ts';
import { $settings, setRole } from '../stores/settings.ts';

interface Props {
  roles: { id: Audience; label: string; href: string }[];
  action: string;
  strings: Strings<'role'>;
}
interface State {
  mounted: boolean;
  choice: Audience | null;
}

export default class RolePicker extends Component<Props, State> {
  override state: State = { mounted: false, choice: null };
  private stop?: () => void;

  override componentDidMount(): void {
    // The radios are not controlled: a choice made before hydration stays.
    const ticked = (this.base as HTMLElement).querySelector<HTMLInputElement>('input[name="role"]:checked');
    this.stop = $settings.subscribe((settings) => {
      const choice = (ticked?.value as Audience | undefined) ?? this.state.choice ?? settings.role;
      this.setState({ mounted: true, choice });
      const input = choice ? (this.base as HTMLElement).querySelector<HTMLInputElement>(`#tc-role-${choice}`) : null;
      if (input && !input.checked) input.checked = true;
    });
  }

  override componentWillUnmount(): void {
    this.stop?.();
  }

  private submit = (event: Event) => {
    const role = this.props.roles.find((r) => r.id === this.state.choice);
    if (!role) return;
    event.preventDefault();
    setRole(role.id);
    location.assign(role.href);
  };

  override render({ roles, action, strings: s }: Props, { mounted }: State) {
    const remembered = mounted ? roles.find((r) => r.id === $settings.get().role) : undefined;
    return (
      <form class="tc-role-picker" action={action} method="get" onSubmit={this.submit}>
        {remembered && (
          <p>
            <a class="tc-button" href={remembered.href}>{fill(s['role.yours'], { role: remembered.label })}</a> <span class="tc-muted">{s['role.change']}</span>
          </p>
        )}
        <fieldset>
          <legend>{s['role.question']}</legend>
          <p class="tc-question__hint">{s['role.hint']}</p>
          {roles.map((role) => (
            <div class="tc-option" key={role.id}>
              <input type="radio" id={`tc-role-${role.id}`} name="role" value={role.id} onChange={() => this.setState({ choice: role.id })} />
              <label for={`tc-role-${role.id}`}>{role.label}</label>
            </div>
          ))}
        </fieldset>
        <p class="tc-question__actions">
          <button type="submit">{s['role.show']}</button>
        </p>
      </form>
    );
  }
}
