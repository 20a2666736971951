import { expect, test } from './fixtures.ts';
import { englishFiles, quiz, rightOptions } from './content.ts';
import { choose } from './quiz.ts';

const assessments = englishFiles('content/quizzes')
  .filter((f) => f.endsWith('-assessment.yaml'))
  .map((f) => f.replace('.yaml', ''));

test('before completion the certificate page says what remains', async ({ page }) => {
  await page.goto('/certificate/');
  await expect(page.getByText('To earn the certificate, pass these module assessments:')).toBeVisible();
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(assessments.length);
});

test('a learner who passes every assessment prints a one-page certificate', async ({ page }) => {
  test.setTimeout(120_000);
  for (const id of assessments) {
    const module = id.replace(/-assessment$/, '');
    await page.goto(`/modules/${module}/assessment/`);
    const bank = quiz(id);
    for (const q of bank.questions) await choose(page, q, rightOptions(q));
    await page.getByRole('button', { name: 'Submit answers' }).click();
    await expect(page.getByText('Passed. Well done.')).toBeVisible();
  }
  await page.goto('/certificate/');
  await page.getByLabel('Your name, as it should appear on the certificate').fill('Amina Example');
  const certificate = page.getByRole('article', { name: 'Certificate of completion' });
  await expect(certificate).toContainText('Amina Example');
  await expect(certificate).toContainText('Responding to Trafficking in Women and Girls');
  const today = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date());
  await expect(certificate).toContainText(`Completed on ${today}`);
  await expect(certificate.getByRole('row')).toHaveCount(assessments.length + 1);
  await expect(certificate.getByRole('cell', { name: '100 %' })).toHaveCount(assessments.length);
  await expect(certificate).toContainText(/Verification code: [0-9A-F]{4}(-[0-9A-F]{4}){3}/);
  await expect(certificate).toContainText('self-issued');

  // The name is kept on this device.
  await page.reload();
  await expect(page.getByLabel('Your name, as it should appear on the certificate')).toHaveValue('Amina Example');

  // Printed: only the certificate, on one A4 page.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(certificate).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBe(1);
  const letter = await page.pdf({ format: 'Letter', printBackground: true });
  expect((letter.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
});
