/**
 * The learner's settings record: the role chosen on the home page and the name
 * typed on the certificate. Kept on the device only, under `tc-settings`.
 * decodeSettings() never throws and keeps only valid values.
 */
import { AUDIENCES, type Audience } from './audiences.ts';

export interface Settings {
  role: Audience | null;
  /** As typed for the certificate; never sent anywhere. */
  name: string;
}

export const MAX_NAME = 120;
export const emptySettings = (): Settings => ({ role: null, name: '' });

export function decodeSettings(text: string | null): Settings {
  const out = emptySettings();
  if (text === null || text.length > 10_000) return out;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return out;
  }
  if (typeof data !== 'object' || data === null) return out;
  const { role, name } = data as Record<string, unknown>;
  if (typeof role === 'string' && (AUDIENCES as readonly string[]).includes(role)) out.role = role as Audience;
  if (typeof name === 'string') out.name = name.slice(0, MAX_NAME);
  return out;
}
