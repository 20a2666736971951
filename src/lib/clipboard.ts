/**
 * Copies the text of a field. The asynchronous Clipboard API first; where it
 * is missing or refused (insecure context, permissions), the field's text is
 * selected and the legacy copy command tried, so the learner can at least
 * press Ctrl+C. Resolves true when the text was copied.
 */
export async function copyField(field: HTMLTextAreaElement | HTMLInputElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(field.value);
    return true;
  } catch {
    field.focus();
    field.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}
