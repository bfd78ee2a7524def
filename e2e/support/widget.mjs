// Page object for one <pain-guide> element. Playwright's locators pierce open shadow roots, so
// everything is found by role and accessible name, as a patient's assistive technology would.
import { WORDS } from './words.mjs';

export class Widget {
  /** The `index`th widget on `page`, which speaks `lang` (its words are `this.words`). */
  constructor(page, index = 0, lang = 'en') {
    this.page = page;
    this.lang = lang;
    this.words = WORDS[lang];
    this.host = page.locator('pain-guide').nth(index);
    this.root = this.host.locator('.pg-root[role=region]'); // not the hidden apology
    this.apology = this.host.getByRole('alert');
  }

  /**
   * Adds a `<pain-guide>` with `attributes` to the plain host page (at `#elsewhere`), as a page
   * builder does after load: the page's last widget (the second, on a page that had one).
   */
  static async add(page, attributes, lang = 'en') {
    const index = await page.evaluate((attributes) => {
      const element = document.createElement('pain-guide');
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      document.querySelector('#elsewhere').append(element);
      return document.querySelectorAll('pain-guide').length - 1;
    }, attributes);
    return new Widget(page, index, lang);
  }

  /** Resolves once this element's app has rendered (its `pain-guide:ready` event or a live root). */
  async ready() {
    await this.root.waitFor({ state: 'visible' });
    return this;
  }

  heading(name) {
    return this.host.getByRole('heading', { name, exact: true });
  }

  get title() {
    return this.host.getByRole('heading', { level: 2 });
  }

  get search() {
    return this.host.getByRole('searchbox', { name: this.words.search_label });
  }

  get searchStatus() {
    return this.host.getByRole('status');
  }

  /** The topic buttons of the A–Z index, by their names. */
  async topics() {
    return this.host.locator('.pg-topic').allTextContents();
  }

  topic(name) {
    return this.host.getByRole('button', { name, exact: true });
  }

  term(name) {
    return this.host.locator('.pg-term', { hasText: name }).first();
  }

  get explanation() {
    return this.host.getByRole('dialog');
  }

  get back() {
    return this.host.getByRole('button', { name: this.words.back_to_topics });
  }

  /** Whatever has focus inside the widget's shadow root (text and tag), or null. */
  async focused() {
    return this.host.evaluate((host) => {
      const element = host.shadowRoot.activeElement;
      return element && { tag: element.tagName.toLowerCase(), text: element.textContent.trim() };
    });
  }

  /** Waits until what has focus inside the widget reads `text` (focus may move once a change is drawn). */
  async waitForFocus(text) {
    await this.page.waitForFunction(
      ([host, text]) => host.shadowRoot.activeElement?.textContent.trim() === text,
      [await this.host.elementHandle(), text],
    );
  }

  /**
   * Whether an element is in sight once the next frame is drawn (see `sightOf`): `target` is a
   * selector in the widget's shadow root (`:focus` for what has focus) or a locator. Null if there
   * is no such element; else its name, too.
   */
  async sight(target) {
    const element = typeof target === 'string'
      ? await this.host.evaluateHandle((host, selector) => host.shadowRoot.querySelector(selector), target)
      : await target.elementHandle();
    return element.evaluate(sightOf);
  }

  /** Taps `locator` where it is, as a finger would, without scrolling to it first (Playwright's
   * tap would): only if it is in sight. Whether it was. */
  async tapWhereItIs(locator) {
    if (!(await this.sight(locator)).inSight) return false;
    const box = await locator.boundingBox();
    await this.page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    return true;
  }

  get placeholder() {
    return this.host.locator('.pg-placeholder');
  }

  /** Computed styles of the first element matching `selector` inside the shadow root. */
  async styles(selector, properties) {
    return this.host.evaluate(
      (host, [selector, properties]) => {
        const element = host.shadowRoot.querySelector(selector);
        if (!element) throw new Error(`no ${selector} in the widget`);
        const style = getComputedStyle(element);
        return Object.fromEntries(properties.map((name) => [name, style.getPropertyValue(name)]));
      },
      [selector, properties],
    );
  }

  /** The element's box on the host page. */
  async box() {
    return this.host.boundingBox();
  }
}

/**
 * In the page: whether `element` is in sight once the next frame is drawn: below the tabs, inside
 * the widget's visible area and the window (of one too tall for that, its top).
 */
async function sightOf(element) {
  if (!element) return null;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const shadow = element.getRootNode();
  const box = element.getBoundingClientRect();
  const [reading, root, tabs] = ['.pg-scroll', '.pg-root', '.pg-nav']
    .map((part) => shadow.querySelector(part).getBoundingClientRect());
  // The reading area, or the whole widget where it scrolls as one, under the tabs.
  const top = Math.max(reading.top, root.top, tabs.bottom);
  const bottom = Math.min(reading.bottom, root.bottom, innerHeight);
  const fits = box.height <= bottom - top;
  return {
    name: element.getAttribute('aria-label') ?? element.textContent,
    inSight: box.top >= top - 1 && (fits ? box.bottom <= bottom + 1 : box.top < bottom),
  };
}

/**
 * Run in the page (any driver): a real trap, as a Rust panic is in the release build. The
 * running code of the glue at `glue` (the loader's address for it) is handed a handle that points
 * outside its memory, from a timer, so nothing but the loader can catch it.
 */
export async function trapInPage(glue) {
  const script = document.querySelector('script[src*="pain-guide.js"]');
  const { WidgetHandle } = await import(new URL(glue, script.src).href);
  const handle = Object.assign(Object.create(WidgetHandle.prototype), { __wbg_ptr: 0x7ffffff0 });
  setTimeout(() => handle.attributeChanged());
}
