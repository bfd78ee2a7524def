// Page object for the "Summary" part: the questions besides the map and the patient's summary.
export class Summary {
  constructor(widget) {
    this.widget = widget;
    this.host = widget.host;
  }

  async open() {
    await this.host.getByRole('navigation').getByRole('button', { name: 'Summary' }).click();
    await this.host.getByRole('heading', { name: 'A few more questions' }).waitFor();
    return this;
  }

  /** Answers a question: the radio group by (part of) its question, the choice by its words. */
  async answer(question, choice) {
    await this.host.getByRole('group', { name: question }).getByRole('radio', { name: choice, exact: true }).check();
  }

  get status() {
    return this.host.getByRole('status');
  }

  /** A button of "For your appointment" (print, copy, save, send), by its words. */
  button(name) {
    return this.host.getByRole('button', { name, exact: true });
  }

  get consent() {
    return this.host.getByRole('checkbox', { name: /^I agree to send my answers/ });
  }

  /** What the last appointment button said. */
  async message() {
    return (await this.host.locator('.pg-message').textContent()).trim();
  }

  /** The print frame's document, as the printer gets it: its text, figures and stylesheets. */
  printed() {
    return this.host.evaluate((element) => {
      const frame = element.shadowRoot.querySelector('iframe.pg-print-frame');
      const page = frame.contentDocument;
      return {
        text: page.body.innerText,
        figures: page.querySelectorAll('figure svg').length,
        marked: page.querySelectorAll('.pg-site.marked').length,
        adoptedSheets: page.adoptedStyleSheets.length,
        lang: page.documentElement.lang,
      };
    });
  }

  /** The summary's lists: places, then answers. */
  async lines() {
    return this.host.locator('section > div li').allTextContents();
  }
}
