// Runs axe-core (WCAG 2.2 A/AA rules) on the page; it walks open shadow roots.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What every axe run checks: WCAG 2.2 A/AA and axe's best practices. */
export const AXE_OPTIONS = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } };

/** axe violations on the page, summarised as "rule: target (n nodes)" strings. */
export async function axeViolations(page, context = 'pain-guide') {
  // Evaluated by the test driver, not added as a <script>: a page that requires Trusted Types
  // refuses a script's text in Firefox.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    ([context, options]) =>
      window.axe
        .run(context, options)
        .then((result) => result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)),
    [context, AXE_OPTIONS],
  );
  return violations;
}
