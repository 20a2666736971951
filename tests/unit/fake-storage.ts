/**
 * A Web Storage double for unit tests: a Map (which several fakes may share,
 * like two tabs sharing one origin's localStorage) and switches that make it
 * fail the ways browsers do.
 */
export const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
export const securityError = () => new DOMException('The operation is insecure.', 'SecurityError');

export class FakeStorage implements Storage {
  /** Throw on every getItem / setItem / removeItem while set. */
  throwOnGet = false;
  throwOnSet = false;
  throwOnRemove = false;
  /** When a number: that many more setItem calls succeed, then each throws QuotaExceededError. */
  setsLeft: number | null = null;
  /** Calls made, to check what reached the backend. */
  readonly calls = { get: 0, set: 0, remove: 0 };
  /** Every key written successfully, in order. */
  readonly written: string[] = [];

  constructor(readonly map: Map<string, string> = new Map()) {}

  get length(): number {
    return this.map.size;
  }
  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    this.calls.get++;
    if (this.throwOnGet) throw securityError();
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.calls.set++;
    if (this.throwOnSet) throw quotaError();
    if (this.setsLeft !== null) {
      if (this.setsLeft <= 0) throw quotaError();
      this.setsLeft--;
    }
    this.map.set(key, String(value));
    this.written.push(key);
  }
  removeItem(key: string): void {
    this.calls.remove++;
    if (this.throwOnRemove) throw securityError();
    this.map.delete(key);
  }
  clear(): void {
    this.map.clear();
  }
  /** Allows `n` more successful writes, then fails every write with a quota error. */
  failWritesAfter(n: number): this {
    this.setsLeft = n;
    return this;
  }
}
