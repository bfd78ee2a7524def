// Page object for the "My pain map" part of one widget: everything by role and accessible name,
// in the widget's language.
import { pattern } from './words.mjs';

export class PainMap {
  constructor(widget) {
    this.widget = widget;
    this.words = widget.words;
    this.page = widget.page;
    this.host = widget.host;
  }

  /** Opens the part from the widget's top navigation. */
  async open() {
    await this.host.getByRole('navigation').getByRole('button', { name: this.words.part_map }).click();
    await this.title.waitFor();
    return this;
  }

  get title() {
    return this.host.getByRole('heading', { name: this.words.map_title });
  }

  /** The two figures: one keyboard stop. */
  get figure() {
    return this.host.getByRole('group', { name: this.words.part_map, exact: true });
  }

  /** A place on the front (or back) figure, e.g. place('Your left shoulder'); `view` is 'Front' or 'Back'. */
  place(name, view = 'Front') {
    return this.view(view)
      .getByRole('checkbox', { name: new RegExp(`^${name}(,|$)`) });
  }

  /** What a screen reader says for each marked place, from the figures' names and states. */
  async markedPlaces(view = 'Front') {
    return this.view(view)
      .locator('[role=checkbox][aria-checked=true]')
      .evaluateAll((places) => places.map((place) => place.getAttribute('aria-label')));
  }

  /** What the last number key typed on the figure did: its status line, for screen readers only. */
  get keySaid() {
    return this.figure.getByRole('status');
  }

  /**
   * What Undo or "Clear all" says it did: a status line for screen readers only (the figure has
   * one of its own).
   */
  get said() {
    return this.host.locator('section > .pg-said[role=status]');
  }

  get count() {
    return this.host.getByRole('status').filter({ hasText: pattern(this.words.areas_marked) });
  }

  /** The front or back figure ('Front' or 'Back'), by its name in the widget's language. */
  view(view) {
    const name = view === 'Back' ? this.words.back : this.words.front;
    return this.host.getByRole('group', { name, exact: true });
  }

  button(name) {
    return this.host.getByRole('button', { name, exact: true });
  }

  intensity(value, within = this.host) {
    return within.getByRole('radio', { name: String(value), exact: true });
  }

  /**
   * The answer ticked under "How much does it hurt?" ([] if none, else e.g. ['5']): for the place
   * open beside the figures, or in the list view for `place` (e.g. 'Your neck').
   */
  async howMuch(place) {
    const within = place ? this.host.getByRole('group', { name: place, exact: true }) : this.host.locator('.pg-panel');
    return within.getByRole('radio', { checked: true })
      .evaluateAll((inputs) => inputs.map((input) => input.parentElement.textContent));
  }

  /** Whether "How much does it hurt?" is in sight, once the widget has drawn its next frame. */
  async howMuchInSight() {
    return (await this.widget.sight('.pg-panel fieldset'))?.inSight ?? false;
  }

  /** Below the figures, after a place's questions: back to the figures. */
  get anotherPlace() {
    return this.button(this.words.another_place);
  }

  /** Whether that way back is out of sight for all but the keyboard (beside the figures): not drawn. */
  async anotherPlaceHidden() {
    const box = await this.anotherPlace.boundingBox();
    return box.width <= 1 && box.height <= 1;
  }

  /** The element inside the shadow root that has focus: its id and aria-activedescendant. */
  async focus() {
    return this.host.evaluate((host) => {
      const element = host.shadowRoot.activeElement;
      return element && { label: element.getAttribute('aria-label'), active: element.getAttribute('aria-activedescendant') };
    });
  }
}
