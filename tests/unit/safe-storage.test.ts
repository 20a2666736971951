import { describe, expect, it, vi } from 'vitest';
import { browserStorage, createSafeStorage } from '../../src/lib/safe-storage.ts';
import { FakeStorage, securityError } from './fake-storage.ts';

/** A healthy engine over a fresh fake, with a spy listener. */
const healthy = (fake = new FakeStorage()) => {
  const engine = createSafeStorage(() => fake);
  const listener = vi.fn();
  engine.onFailure(listener);
  return { fake, engine, listener };
};

describe('FakeStorage (the test double itself)', () => {
  it('behaves like Storage: length, key(i), get/set/remove, clear', () => {
    const fake = new FakeStorage();
    fake.setItem('a', '1');
    fake.setItem('b', '2');
    expect(fake.length).toBe(2);
    expect(fake.key(0)).toBe('a');
    expect(fake.key(1)).toBe('b');
    expect(fake.key(2)).toBeNull();
    expect(fake.getItem('a')).toBe('1');
    fake.removeItem('a');
    expect(fake.getItem('a')).toBeNull();
    fake.clear();
    expect(fake.length).toBe(0);
  });

  it('fails writes after N with a QuotaExceededError', () => {
    const fake = new FakeStorage().failWritesAfter(1);
    fake.setItem('a', '1');
    expect(() => fake.setItem('b', '2')).toThrow(expect.objectContaining({ name: 'QuotaExceededError' }));
  });
});

describe('createSafeStorage: a healthy backend', () => {
  it('is persistent and reads and writes through to the backend', () => {
    const { fake, engine, listener } = healthy();
    expect(engine.mode).toBe('persistent');
    expect(engine.set('k', 'v')).toBe(true);
    expect(fake.map.get('k')).toBe('v');
    expect(engine.get('k')).toBe('v');
    engine.remove('k');
    expect(fake.map.has('k')).toBe(false);
    expect(engine.get('k')).toBeNull();
    expect(listener).not.toHaveBeenCalled();
  });

  it('leaves no probe key behind', () => {
    const { fake } = healthy();
    expect([...fake.map.keys()]).toEqual([]);
  });

  it('reads values another page wrote into the same storage', () => {
    const shared = new Map([['k', 'from before']]);
    const { engine } = healthy(new FakeStorage(shared));
    expect(engine.get('k')).toBe('from before');
    shared.set('k', 'from another tab');
    expect(engine.get('k')).toBe('from another tab');
  });

  it('a missing key reads as null', () => {
    expect(healthy().engine.get('nothing')).toBeNull();
  });
});

describe('createSafeStorage: storage unavailable from the start', () => {
  const starts: [string, () => Storage | undefined | null][] = [
    [
      'the getter throws SecurityError',
      () => {
        throw securityError();
      },
    ],
    ['storage is undefined', () => undefined],
    ['storage is null', () => null],
    [
      'the probe setItem throws (old Safari private mode)',
      () => {
        const fake = new FakeStorage();
        fake.throwOnSet = true;
        return fake;
      },
    ],
    [
      'the probe removeItem throws',
      () => {
        const fake = new FakeStorage();
        fake.throwOnRemove = true;
        return fake;
      },
    ],
  ];

  it.each(starts)('%s → memory mode, values kept in memory, set returns false, never throws', (_name, getBackend) => {
    let engine!: ReturnType<typeof createSafeStorage>;
    expect(() => (engine = createSafeStorage(getBackend))).not.toThrow();
    expect(engine.mode).toBe('memory');
    const listener = vi.fn();
    engine.onFailure(listener);
    expect(engine.get('k')).toBeNull();
    expect(engine.set('k', 'v')).toBe(false);
    expect(engine.get('k')).toBe('v');
    expect(engine.set('k', 'w')).toBe(false);
    expect(engine.get('k')).toBe('w');
    engine.remove('k');
    expect(engine.get('k')).toBeNull();
    expect(engine.mode).toBe('memory');
    // Already known to be in memory: nothing new to report.
    expect(listener).not.toHaveBeenCalled();
  });

  it('does not touch a backend whose probe failed', () => {
    const fake = new FakeStorage();
    fake.throwOnSet = true;
    const engine = createSafeStorage(() => fake);
    const before = { ...fake.calls };
    fake.throwOnSet = false; // even if it would work now
    engine.set('k', 'v');
    engine.get('k');
    engine.remove('k');
    expect(fake.calls).toEqual(before);
    expect(fake.map.size).toBe(0);
  });
});

describe('createSafeStorage: failures after a good start', () => {
  it('getItem starts throwing → memory, listener once, memory value returned, never throws', () => {
    const { fake, engine, listener } = healthy();
    engine.set('k', 'v');
    fake.throwOnGet = true;
    let value: string | null = null;
    expect(() => (value = engine.get('k'))).not.toThrow();
    expect(value).toBe('v');
    expect(engine.mode).toBe('memory');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]![0]).toMatchObject({ name: 'SecurityError' });
    // Further reads and writes stay in memory and report nothing new.
    expect(engine.get('k')).toBe('v');
    expect(engine.set('k', 'w')).toBe(false);
    expect(engine.get('k')).toBe('w');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(fake.map.get('k')).toBe('v'); // the backend is no longer written
  });

  it.each([1, 2, 5])('QuotaExceededError on write number %i → value readable from memory, set false, listener once', (n) => {
    const { fake, engine, listener } = healthy();
    fake.failWritesAfter(n - 1);
    for (let i = 1; i < n; i++) expect(engine.set(`k${i}`, `v${i}`)).toBe(true);
    expect(engine.mode).toBe('persistent');
    expect(listener).not.toHaveBeenCalled();

    let result: boolean | undefined;
    expect(() => (result = engine.set(`k${n}`, `v${n}`))).not.toThrow();
    expect(result).toBe(false);
    expect(engine.mode).toBe('memory');
    expect(engine.get(`k${n}`)).toBe(`v${n}`);
    expect(fake.map.has(`k${n}`)).toBe(false);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]![0]).toBeInstanceOf(DOMException);
    expect(listener.mock.calls[0]![0]).toMatchObject({ name: 'QuotaExceededError' });

    // More failing writes: still false, still readable, still one notice.
    for (let i = n + 1; i < n + 4; i++) {
      expect(engine.set(`k${i}`, `v${i}`)).toBe(false);
      expect(engine.get(`k${i}`)).toBe(`v${i}`);
    }
    expect(listener).toHaveBeenCalledTimes(1);
    // Values written before the failure are still readable too.
    for (let i = 1; i < n; i++) expect(engine.get(`k${i}`)).toBe(`v${i}`);
  });

  it('overwriting a key after the failure returns the newest value', () => {
    const { fake, engine } = healthy();
    engine.set('k', 'old');
    fake.failWritesAfter(0);
    engine.set('k', 'new');
    expect(engine.get('k')).toBe('new');
    expect(fake.map.get('k')).toBe('old');
  });

  it('removeItem throwing → no throw, key gone, memory mode, listener once', () => {
    const { fake, engine, listener } = healthy();
    engine.set('k', 'v');
    engine.set('other', 'o');
    fake.throwOnRemove = true;
    expect(() => engine.remove('k')).not.toThrow();
    expect(engine.get('k')).toBeNull();
    expect(engine.get('other')).toBe('o');
    expect(engine.mode).toBe('memory');
    expect(listener).toHaveBeenCalledTimes(1);
    engine.remove('other');
    expect(engine.get('other')).toBeNull();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('a failure with no error value still reports an Error', () => {
    const fake = new FakeStorage();
    const { engine, listener } = healthy(fake);
    fake.setItem = () => {
      throw undefined;
    };
    expect(engine.set('k', 'v')).toBe(false);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]![0]).toBeInstanceOf(Error);
  });
});

describe('createSafeStorage: listeners', () => {
  it('every listener is told; an unsubscribed one is not', () => {
    const { fake, engine, listener } = healthy();
    const removed = vi.fn();
    const unsubscribe = engine.onFailure(removed);
    unsubscribe();
    fake.throwOnSet = true;
    engine.set('k', 'v');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(removed).not.toHaveBeenCalled();
  });

  it('unsubscribing one listener leaves the others subscribed', () => {
    const { fake, engine } = healthy();
    const first = vi.fn();
    const second = vi.fn();
    const off = engine.onFailure(first);
    engine.onFailure(second);
    off();
    off(); // twice is harmless
    fake.throwOnGet = true;
    engine.get('k');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('the same function subscribed twice is told once', () => {
    const { fake, engine } = healthy();
    const listener = vi.fn();
    engine.onFailure(listener);
    engine.onFailure(listener);
    fake.throwOnSet = true;
    engine.set('k', 'v');
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('browserStorage', () => {
  it('is undefined outside the browser (no window)', () => {
    expect(typeof window).toBe('undefined');
    expect(browserStorage()).toBeUndefined();
  });
});
