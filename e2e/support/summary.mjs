// Page object for the "Summary" part: the questions besides the map and the patient's summary,
// in the widget's language.
import { pattern } from './words.mjs';

export class Summary {
  constructor(widget) {
    this.widget = widget;
    this.words = widget.words;
    this.host = widget.host;
  }

  async open() {
    await this.host.getByRole('navigation').getByRole('button', { name: this.words.part_summary }).click();
    await this.host.getByRole('heading', { name: this.words.questions_title }).waitFor();
    return this;
  }

  /** A question's choice: the radio group by (part of) its question, the choice by its words. */
  choice(question, choice) {
    return this.host.getByRole('group', { name: question }).getByRole('radio', { name: choice, exact: true });
  }

  /** Answers a question (see `choice`). */
  async answer(question, choice) {
    await this.choice(question, choice).check();
  }

  /** The note that the answers were given on an earlier day, which asks the patient to check them. */
  get dated() {
    return this.host.getByText(pattern(this.words.answers_from));
  }

  get status() {
    return this.host.getByRole('status');
  }

  /** A button of "For your appointment" (print, copy, save, send), by its words. */
  button(name) {
    return this.host.getByRole('button', { name, exact: true });
  }

  /** "Remember my answers on this device"; with `checked`, only while it is (or is not) ticked. */
  remember(checked) {
    return this.host.getByRole('checkbox', { name: this.words.remember, ...(checked === undefined ? {} : { checked }) });
  }

  get consent() {
    return this.host.getByRole('checkbox', { name: pattern(this.words.send_consent) });
  }

  /** "Send to the clinic". */
  get sendButton() {
    return this.button(this.words.send);
  }

  /** Whether Send waits (sending, or these answers sent): it says so, and keeps focus. */
  async sendWaits() {
    return (await this.sendButton.getAttribute('aria-disabled')) === 'true';
  }

  /** Ticks the consent box, then presses "Send to the clinic". */
  async send() {
    await this.consent.check();
    await this.sendButton.click();
  }

  /** Waits until what the last appointment button said begins with `start` (with '', until it says nothing). */
  async said(start) {
    const host = await this.host.elementHandle();
    await this.host.page().waitForFunction(([element, start]) => {
      const text = element.shadowRoot.querySelector('.pg-message').textContent;
      return start ? text.startsWith(start) : text === '';
    }, [host, start]);
  }

  /** What the last appointment button said. */
  async message() {
    return (await this.host.locator('.pg-message').textContent()).trim();
  }

  /**
   * Presses "Print for my doctor" and waits until a new print frame holds the sheet (each print
   * replaces the last one's frame); its document.
   */
  async print() {
    const host = await this.host.elementHandle();
    await host.evaluate((element) => element.shadowRoot.querySelector('iframe.pg-print-frame')?.classList.add('printed-before'));
    await this.button(this.words.print).click();
    // Asked from here, not polled in the page: Firefox holds a page's frames and timers while its
    // print preview is open, which a headless browser never closes, so a wait polled in the page
    // could never end (1 run in 4 once the tools had failed to load first).
    const printed = () => host.evaluate((element) =>
      Boolean(element.shadowRoot.querySelector('iframe.pg-print-frame:not(.printed-before)')?.contentDocument.body.textContent));
    for (const start = Date.now(); !(await printed());) {
      if (Date.now() - start > 30_000) throw new Error('no print frame with the sheet after 30 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return this.printed();
  }

  /** The print frame's document, as the printer gets it: its text, figures and stylesheets. */
  printed() {
    return this.host.evaluate((element) => {
      const frame = element.shadowRoot.querySelector('iframe.pg-print-frame');
      const page = frame.contentDocument;
      return {
        text: page.body.innerText,
        figures: page.querySelectorAll('figure svg').length,
        marked: page.querySelectorAll('.pg-site[data-state~=marked]').length,
        adoptedSheets: page.adoptedStyleSheets.length,
        lang: page.documentElement.lang,
      };
    });
  }

  /**
   * How many pages the print frame's document fills, as Chromium's PDF printer lays it out
   * (its body and adopted sheet, copied into a page of their own, since a frame cannot be printed
   * on its own headless), on `format` paper ('A4', 'Letter') with the sheet's own margins.
   */
  async printedPages(browser, format = 'A4') {
    const { body, css, lang } = await this.host.evaluate((element) => {
      const page = element.shadowRoot.querySelector('iframe.pg-print-frame').contentDocument;
      const rules = page.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
      return { body: page.body.innerHTML, css: rules.join('\n'), lang: page.documentElement.lang };
    });
    const printer = await browser.newPage();
    try {
      await printer.setContent(`<!doctype html><html lang="${lang}"><head><style>${css}</style></head><body>${body}</body></html>`);
      const pdf = (await printer.pdf({ format })).toString('latin1');
      return pdf.match(/\/Type\s*\/Page(?!s)/g).length;
    } finally {
      await printer.close();
    }
  }

  /** "Forget my answers", then "Yes, forget them" when asked to be sure. */
  async forget() {
    await this.host.getByRole('button', { name: this.words.forget, exact: true }).click();
    await this.host.getByRole('group', { name: this.words.forget_question }).getByRole('button', { name: this.words.forget_yes }).click();
  }

  /** The summary's lists: places, then answers. */
  async lines() {
    return this.host.locator('section > div li').allTextContents();
  }
}
