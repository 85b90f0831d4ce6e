import { fillUi } from './ui-format';

/**
 * The label of a footnote's back-link, for screen readers: `{n}` is the footnote's number, and a
 * second, third… reference to the same footnote adds its own count.
 */
export function footnoteBackLabel(template: string) {
  return (referenceIndex: number, rereferenceIndex: number) =>
    fillUi(template, { n: referenceIndex + 1 }) + (rereferenceIndex > 1 ? `（${rereferenceIndex}）` : '');
}
