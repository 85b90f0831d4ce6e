/**
 * <theme-switch> and <text-size-switch>: a group of buttons that changes one of the reader's
 * settings and remembers it in localStorage. The remembered choice is applied before first paint
 * by the inline head script (src/head/pre-paint.ts), as `data-<attribute>` on <html>; these
 * elements only change and store it, and press the button of the choice in force.
 *
 * Attributes: data-storage-key (the localStorage key), data-attribute (the dataset name on <html>),
 * data-default (the choice that is stored as nothing: follow the system, the standard size).
 * Buttons carry data-choice.
 */
class PreferenceSwitch extends HTMLElement {
  connectedCallback() {
    const { storageKey = '', attribute = '', default: fallback = '' } = this.dataset;
    const root = document.documentElement.dataset;
    const buttons = [...this.querySelectorAll<HTMLButtonElement>('[data-choice]')];
    const choices = buttons.map((button) => button.dataset.choice);
    // What the head script applied (it accepts only these choices); anything else, nothing stored or
    // blocked storage means the default, so one button is always pressed.
    const current = root[attribute];
    const show = (choice: string) => {
      for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.choice === choice));
    };
    const apply = (choice: string) => {
      if (choice === fallback) delete root[attribute];
      else root[attribute] = choice;
      try {
        if (choice === fallback) localStorage.removeItem(storageKey);
        else localStorage.setItem(storageKey, choice);
      } catch {
        // Storage can be blocked (private modes); the choice then lasts for this page only.
      }
      show(choice);
    };
    for (const button of buttons) button.addEventListener('click', () => apply(button.dataset.choice ?? fallback));
    show(current && choices.includes(current) ? current : fallback);
  }
}
customElements.define('theme-switch', PreferenceSwitch);
customElements.define('text-size-switch', class extends PreferenceSwitch {});
