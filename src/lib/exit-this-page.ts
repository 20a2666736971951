/**
 * Behaviour of "Exit this page" (see ExitThisPage.astro). Shift counts only
 * when pressed and released alone: Shift used as a modifier (Shift+A), held
 * down, or any other key resets the count. Each counted press is announced;
 * the third within the window leaves. The page is hidden first so nothing
 * stays on screen while the neutral site loads. Kept small: it runs on every page.
 */
import { EXIT_PRESSES, EXIT_WINDOW_MS } from './safety-config.ts';

export function watchExit(root: HTMLElement): void {
  const url = root.dataset['exitUrl']!;
  const strings = JSON.parse(root.dataset['strings']!) as { pressed: string; leaving: string };
  const status = root.querySelector('[role="status"]')!;
  const leave = () => {
    document.documentElement.toggleAttribute('data-exiting', true);
    status.textContent = strings.leaving;
    location.replace(url);
  };
  root.querySelector('a')!.addEventListener('click', (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    leave();
  });
  let presses: number[] = [];
  let alone = false;
  addEventListener('keydown', (event) => {
    alone = event.key === 'Shift' && !event.repeat;
    if (!alone) presses = [];
  });
  addEventListener('keyup', (event) => {
    if (event.key !== 'Shift' || !alone) return;
    presses = [...presses.filter((t) => event.timeStamp - t < EXIT_WINDOW_MS), event.timeStamp];
    const left = EXIT_PRESSES - presses.length;
    if (left > 0) status.textContent = strings.pressed.replace('{n}', String(presses.length)).replace('{left}', String(left));
    else leave();
  });
}
