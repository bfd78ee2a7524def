// Runs axe-core (WCAG 2.2 A/AA rules) on the page; it walks open shadow roots.
import { createRequire } from 'node:module';

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe violations on the page, summarised as "rule: target (n nodes)" strings. */
export async function axeViolations(page, context = 'pain-guide') {
  await page.addScriptTag({ path: AXE_SOURCE });
  const violations = await page.evaluate(
    (context) =>
      window.axe
        .run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
        .then((result) => result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)),
    context,
  );
  return violations;
}
