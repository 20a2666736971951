/**
 * A storage engine that never throws. Browsers refuse localStorage in many
 * ways: the getter itself throws (disabled cookies, sandboxed or third-party
 * frames), setItem throws when full (QuotaExceededError) or always (old Safari
 * private mode), or storage is simply absent. Any failure switches the engine
 * to memory for the rest of the page's life, keeps every value written since,
 * and tells listeners once, so the UI can say progress will not be kept.
 *
 * (@nanostores/persistent swallows read failures silently and lets a quota
 * error escape its set(); hence this engine.)
 */
export type StorageMode = 'persistent' | 'memory';

export interface SafeStorage {
  readonly mode: StorageMode;
  get(key: string): string | null;
  /** Returns false when the value could only be kept in memory. */
  set(key: string, value: string): boolean;
  remove(key: string): void;
  onFailure(listener: (error: unknown) => void): () => void;
}

export function createSafeStorage(getBackend: () => Storage | undefined | null): SafeStorage {
  const memory = new Map<string, string>();
  const listeners = new Set<(error: unknown) => void>();
  let backend: Storage | undefined;
  let mode: StorageMode = 'memory';
  let failure: unknown;

  const fail = (error: unknown) => {
    if (mode === 'memory' && failure !== undefined) return;
    mode = 'memory';
    failure = error ?? new Error('storage unavailable');
    backend = undefined;
    for (const l of listeners) {
      // A listener's own error must not escape set() and lose the value.
      try {
        l(failure);
      } catch {
        /* the engine still works from memory */
      }
    }
  };

  try {
    const candidate = getBackend() ?? undefined;
    if (candidate) {
      const probe = '__tc_probe__';
      candidate.setItem(probe, probe);
      candidate.removeItem(probe);
      backend = candidate;
      mode = 'persistent';
    } else {
      failure = new Error('storage absent');
    }
  } catch (error) {
    failure = error;
  }

  return {
    get mode() {
      return mode;
    },
    get(key) {
      if (backend) {
        try {
          return backend.getItem(key);
        } catch (error) {
          fail(error);
        }
      }
      return memory.get(key) ?? null;
    },
    set(key, value) {
      memory.set(key, value);
      if (!backend) return false;
      try {
        backend.setItem(key, value);
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    remove(key) {
      memory.delete(key);
      if (!backend) return;
      try {
        backend.removeItem(key);
      } catch (error) {
        fail(error);
      }
    },
    onFailure(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The page's localStorage, or undefined where even touching it throws. */
export const browserStorage = (): Storage | undefined => {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
};
