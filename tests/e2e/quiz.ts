/** Answering questions the way a learner does: by the question's legend and the options' labels. */
import type { Locator, Page } from '@playwright/test';
import type { BankQuestion } from './content.ts';

/** The fieldset of a question, found by its prompt. */
export const question = (page: Page, q: BankQuestion): Locator => page.getByRole('group', { name: q.prompt });

/** The form around one knowledge-check question (its buttons, alert and status). */
export const questionForm = (page: Page, q: BankQuestion): Locator => page.locator('form').filter({ has: page.getByRole('group', { name: q.prompt }) });

export async function choose(page: Page, q: BankQuestion, answers: string[]): Promise<void> {
  const group = question(page, q);
  for (const text of answers) await group.getByRole(q.type === 'multiple' ? 'checkbox' : 'radio', { name: text, exact: true }).check();
}
