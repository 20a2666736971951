/**
 * The `test` every journey uses: Playwright's, plus a guard that listens for
 * Content Security Policy violations in every page of the test's browser
 * context and fails the test on any. So every interactive state the journeys
 * reach is also checked against the policy.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ cspGuard: void }>({
  cspGuard: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await context.exposeBinding('__tcCspViolation', (_source, violation: string) => {
        violations.push(violation);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __tcCspViolation?: (v: string) => void }).__tcCspViolation;
          report?.(`${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
        });
      });
      await use();
      expect(violations, 'Content Security Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { Frame, FrameLocator, Locator, Page } from '@playwright/test';
