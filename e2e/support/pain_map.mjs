// Page object for the "My pain map" part of one widget: everything by role and accessible name.
export class PainMap {
  constructor(widget) {
    this.widget = widget;
    this.page = widget.page;
    this.host = widget.host;
  }

  /** Opens the part from the widget's top navigation. */
  async open() {
    await this.host.getByRole('navigation').getByRole('button', { name: 'My pain map' }).click();
    await this.title.waitFor();
    return this;
  }

  get title() {
    return this.host.getByRole('heading', { name: 'Where does it hurt?' });
  }

  /** The two figures: one keyboard stop. */
  get figure() {
    return this.host.getByRole('group', { name: 'My pain map', exact: true });
  }

  /** A place on the front (or back) figure, e.g. place('Your left shoulder'). */
  place(name, view = 'Front') {
    return this.host
      .getByRole('group', { name: view, exact: true })
      .getByRole('checkbox', { name: new RegExp(`^${name}(,|$)`) });
  }

  /** What a screen reader says for each marked place, from the figures' names and states. */
  async markedPlaces(view = 'Front') {
    return this.host
      .getByRole('group', { name: view, exact: true })
      .locator('[role=checkbox][aria-checked=true]')
      .evaluateAll((places) => places.map((place) => place.getAttribute('aria-label')));
  }

  get count() {
    return this.host.getByRole('status').filter({ hasText: 'areas marked' });
  }

  button(name) {
    return this.host.getByRole('button', { name, exact: true });
  }

  intensity(value, within = this.host) {
    return within.getByRole('radio', { name: String(value), exact: true });
  }

  /** The element inside the shadow root that has focus: its id and aria-activedescendant. */
  async focus() {
    return this.host.evaluate((host) => {
      const element = host.shadowRoot.activeElement;
      return element && { label: element.getAttribute('aria-label'), active: element.getAttribute('aria-activedescendant') };
    });
  }
}

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
