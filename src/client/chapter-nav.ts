/**
 * The chapter row (components/ChapterNav.astro) scrolls sideways on a phone: the current chapter is brought into
 * the row's view, centred where it can be. Only the row scrolls, never the page, so a reader who arrived at an
 * #anchor stays there, and nothing moves in the layout.
 */
const row = document.querySelector<HTMLElement>('[data-chapter-nav] ol');
const current = row?.querySelector<HTMLElement>('[aria-current="page"]');
if (row && current && row.scrollWidth > row.clientWidth) {
  const offset = current.getBoundingClientRect().left - row.getBoundingClientRect().left;
  row.scrollLeft += offset - (row.clientWidth - current.offsetWidth) / 2;
}
