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

  /** The summary's lists: places, then answers. */
  async lines() {
    return this.host.locator('section > div li').allTextContents();
  }
}
