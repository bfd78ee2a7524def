// Page object for the theme editor (editor.html): its form by label, its report and snippet.
export class ThemeEditor {
  constructor(page) {
    this.page = page;
  }

  /** Opens the editor and waits until its checks (wasm) and the snippet's hash are in place. */
  async open(url) {
    await this.page.goto(url);
    await this.page.locator('body[data-ready=true]').waitFor({ state: 'attached' });
    return this;
  }

  async preset(label) {
    await this.page.getByLabel('Preset', { exact: true }).selectOption({ label });
  }

  /** Ticks "Our own …" for a colour and sets its picker (by the picker's name, e.g. "Main colour"). */
  async colour(name, value) {
    const picker = this.page.getByLabel(name, { exact: true });
    const setting = await picker.getAttribute('name');
    await this.page.locator(`[data-colour="${setting}"]`).check();
    await picker.fill(value);
  }

  field(label) {
    return this.page.getByLabel(label);
  }

  /** Types `text` into a field key by key, as a person does (each key its own input event). */
  async type(label, text) {
    await this.field(label).pressSequentially(text);
  }

  /** Starts counting changes to the problems list (a status region: each change is read out). */
  async countAnnouncements() {
    await this.page.evaluate(() => {
      window.problemChanges = 0;
      new MutationObserver((records) => { window.problemChanges += records.length; })
        .observe(document.getElementById('problems'), { childList: true, subtree: true, characterData: true });
    });
  }

  /** How many changes the problems list had since `countAnnouncements`, and resets the count. */
  async announcements() {
    return this.page.evaluate(() => { const changes = window.problemChanges; window.problemChanges = 0; return changes; });
  }

  /** The snippet's two lines: the script tag and the element. */
  async snippet() {
    const [script, element] = (await this.page.getByRole('textbox', { name: 'Your snippet' }).inputValue()).split('\n');
    return { script, element };
  }

  /** The report's headings (one per palette), guard changes and problems, as text. */
  async report() {
    const section = this.page.locator('.report');
    return {
      headings: await section.locator('h3').allTextContents(),
      changes: await section.locator('#palettes li').allTextContents(),
      problems: await section.locator('#problems li').allTextContents(),
      rows: await section.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.cells].map((cell) => cell.textContent))),
    };
  }
}
