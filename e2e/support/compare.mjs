// Renders the widget on a host page and records what a patient would see of it, so two host
// pages can be compared: computed styles of its parts, its box, and its pixels.
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTIFACTS } from './browser.mjs';
import { pixelDifference } from './pixels.mjs';
import { Widget } from './widget.mjs';

export const STYLE_PROPERTIES = [
  'font-family', 'font-size', 'font-style', 'font-weight', 'line-height', 'letter-spacing', 'word-spacing',
  'text-transform', 'text-align', 'text-indent', 'text-decoration-line', 'color', 'background-color',
  'margin-top', 'padding-top', 'border-top-style', 'display', 'visibility', 'direction',
];
export const STYLED_PARTS = ['.pg-root', '.pg-scroll', 'h2', '.pg-summary', 'h3', 'p', 'li', 'a', '.pg-notice'];

/** The widget as rendered on `pageUrl`, at the same width and on whole pixels on every page. */
export async function appearance(page, pageUrl) {
  await page.goto(pageUrl);
  const widget = await new Widget(page).ready();
  // Same width on every page, and shifted onto whole pixels (a fractional offset only rounds
  // glyph edges differently). It stays in the page's flow: a host's text-decoration, say, would
  // not reach a fixed or absolutely positioned widget, and this comparison must still see it.
  await widget.host.evaluate((host) => {
    host.style.setProperty('width', '900px', 'important');
    const { x, y } = host.getBoundingClientRect();
    host.style.setProperty('position', 'relative', 'important');
    host.style.setProperty('left', `${Math.round(x) - x}px`, 'important');
    host.style.setProperty('top', `${Math.round(y) - y}px`, 'important');
  });
  const styles = {};
  for (const part of STYLED_PARTS) styles[part] = await widget.styles(part, STYLE_PROPERTIES);
  // Where the widget sits in its element: at the start of its content box on every page (a
  // host's text-indent once pushed it sideways, out of the page's column).
  const offset = await widget.host.evaluate((host) => {
    const style = getComputedStyle(host);
    const content = host.getBoundingClientRect().left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
    return Math.round(host.shadowRoot.querySelector('.pg-root[role=region]').getBoundingClientRect().left - content);
  });
  // Inset past the rounded corners, where the host's own background rightly shows through.
  const box = await widget.root.boundingBox();
  const inset = 16;
  const clip = { x: box.x + inset, y: box.y + inset, width: box.width - 2 * inset, height: box.height - 2 * inset };
  const pixels = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
  return { styles, width: box.width, height: box.height, offset, pixels };
}


/**
 * Fails unless the widget on another page (`actual`) looks like on the plain page (`expected`).
 * Some host styles leak by painting, not by computed style (text-decoration propagation), hence
 * the pixels too. A tolerance of 0.5% of pixels allows for a 1 px line rounded differently at
 * another subpixel offset; a leak such as a line through every line of text changes several
 * percent.
 */
export async function assertLooksTheSame(browser, expected, actual, name) {
  for (const part of STYLED_PARTS) assert.deepEqual(actual.styles[part], expected.styles[part], `${name}: ${part}`);
  assert.deepEqual([actual.width, actual.height, actual.offset], [expected.width, expected.height, expected.offset], name);
  const difference = await pixelDifference(browser, expected.pixels, actual.pixels);
  if (difference > 0.005) {
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(join(ARTIFACTS, 'widget-on-plain-page.png'), expected.pixels);
    await writeFile(join(ARTIFACTS, `widget-on-${name}-page.png`), actual.pixels);
    assert.fail(`${(difference * 100).toFixed(2)}% of the widget's pixels differ on the ${name} page (see e2e/artifacts/)`);
  }
}
