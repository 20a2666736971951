/**
 * $settings: role and certificate name, on this device only (`tc-settings`).
 * Uses the same never-throwing storage engine as progress; when storage is
 * blocked the settings last for the page.
 */
import { atom } from 'nanostores';
import { browserStorage, createSafeStorage, type SafeStorage } from '../lib/safe-storage.ts';
import { decodeSettings, emptySettings, MAX_NAME, type Settings } from '../lib/settings.ts';
import type { Audience } from '../lib/audiences.ts';

export const SETTINGS_KEY = 'tc-settings';
export const $settings = atom<Settings>(emptySettings());

let storage: SafeStorage | undefined;

export function initSettings(engine: SafeStorage = createSafeStorage(browserStorage)): void {
  storage = engine;
  $settings.set(decodeSettings(engine.get(SETTINGS_KEY)));
}

function save(next: Settings): void {
  $settings.set(next);
  storage?.set(SETTINGS_KEY, JSON.stringify(next));
}

export const setRole = (role: Audience | null): void => save({ ...$settings.get(), role });
export const setName = (name: string): void => save({ ...$settings.get(), name: name.slice(0, MAX_NAME) });

if (typeof window !== 'undefined') {
  initSettings();
  window.addEventListener('storage', (event) => {
    if (event.key === SETTINGS_KEY) $settings.set(decodeSettings(event.newValue));
  });
}
