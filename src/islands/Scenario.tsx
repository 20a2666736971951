/**
 * A decision scenario. The learner reads a situation and picks what the
 * official does; each choice leads to another step or to an ending that says
 * what happened to the person and why. Focus moves to each new step's heading
 * so screen-reader and keyboard users follow the story; the path so far stays
 * on screen; "Start again" returns to the first step. Endings reached are saved.
 */
import { createRef } from 'preact';
import type { NoticeStrings, Strings } from '../i18n/index.ts';
import { fill } from '../lib/format.ts';
import { emitQuizEvent, type ScenarioProps } from '../lib/quiz-types.ts';
import { recordEnding } from '../stores/scenario-results.ts';
import { Sources } from './QuestionFields.tsx';
import { ProgressIsland } from './ProgressIsland.tsx';

interface Props {
  scenario: ScenarioProps;
  strings: Strings<'scenario'> & NoticeStrings;
}
interface State {
  /** Choices made so far: the step and the index of the choice. */
  path: { step: string; choice: number }[];
}

export default class Scenario extends ProgressIsland<Props, State> {
  override state: State = { path: [] };
  private heading = createRef<HTMLHeadingElement>();

  private get current(): string {
    const last = this.state.path.at(-1);
    if (!last) return this.props.scenario.start;
    const step = this.props.scenario.steps.find((s) => s.id === last.step);
    return step?.choices[last.choice]?.next ?? this.props.scenario.start;
  }

  private choose(step: string, choice: number): void {
    this.setState({ path: [...this.state.path, { step, choice }] }, () => {
      const { scenario } = this.props;
      const ending = scenario.endings.find((e) => e.id === this.current);
      if (ending) {
        recordEnding(scenario.id, ending.id);
        emitQuizEvent({ type: 'scenario-ended', quiz: scenario.id, ending: ending.id });
      }
      this.heading.current?.focus();
    });
  }

  private restart = () => this.setState({ path: [] }, () => this.heading.current?.focus());

  override render({ scenario, strings: s }: Props, { path }: State) {
    const current = this.current;
    const step = scenario.steps.find((x) => x.id === current);
    const ending = scenario.endings.find((x) => x.id === current);
    const reached = Object.keys(this.progress.quizzes[scenario.id]?.endings ?? {}).filter((id) => scenario.endings.some((e) => e.id === id)).length;
    return (
      <section class="tc-scenario" aria-labelledby={`${scenario.id}-title`}>
        <h2 id={`${scenario.id}-title`}>{scenario.title}</h2>
        {this.renderNotice(s)}
        <p class="tc-scenario__intro">{scenario.intro}</p>
        {path.length > 0 && (
          <div class="tc-scenario__path">
            <h3>{s['scenario.pathTitle']}</h3>
            <ol>
              {path.map((p, i) => {
                const past = scenario.steps.find((x) => x.id === p.step);
                return (
                  <li key={i}>
                    <p>{past?.situation}</p>
                    <p>
                      <strong>{s['scenario.youChose']}</strong> {past?.choices[p.choice]?.text}
                    </p>
                  </li>
                );
              })}
            </ol>
          </div>
        )}
        {step && (
          <div class="tc-scenario__step">
            <h3 ref={this.heading} tabIndex={-1}>
              {fill(s['scenario.step'], { n: path.length + 1 })}
            </h3>
            <p>{step.situation}</p>
            <p id={`${scenario.id}-prompt`}>
              <strong>{s['scenario.whatNext']}</strong>
            </p>
            <ul class="tc-scenario__choices" aria-labelledby={`${scenario.id}-prompt`}>
              {step.choices.map((choice, i) => (
                <li key={`${step.id}-${i}`}>
                  <button type="button" class="tc-button--secondary" disabled={!this.mounted} onClick={() => this.choose(step.id, i)}>
                    {choice.text}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        {ending && (
          <div class={`tc-scenario__ending tc-verdict tc-verdict--${ending.outcome === 'good' ? 'correct' : ending.outcome === 'poor' ? 'wrong' : 'mixed'}`}>
            <h3 ref={this.heading} tabIndex={-1}>
              {s[`scenario.outcome.${ending.outcome}`]}: {ending.title}
            </h3>
            <p>{ending.text}</p>
            <Sources label={s['scenario.source']} sources={ending.sources} />
            {reached > 0 && <p>{fill(s['scenario.reached'], { n: reached, total: scenario.endings.length })}</p>}
            <p>
              <button type="button" onClick={this.restart}>
                {s['scenario.restart']}
              </button>
            </p>
          </div>
        )}
      </section>
    );
  }
}
