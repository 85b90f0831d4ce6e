/**
 * On a chart's embed page: tells the page that frames it how tall the content is, whenever
 * that changes (the host's width changed, the text re-wrapped), so src/client/embed-resize.js on the host
 * can size the <iframe>. A file, not an inline script: the embed page's CSP allows no inline code.
 */
/**
 * embedHeightMessage of src/charts/embed.ts, written out: importing it would put it in a chunk shared
 * with the chart module, and Vite would then add its preload helper (about 1 KB) to every page's first
 * script. tests/charts/embed.test.ts checks the two (and src/client/embed-resize.js) agree.
 */
const embedHeightMessage = 'xin-zhi-embed-height';

if (parent !== window) {
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    parent.postMessage({ type: embedHeightMessage, height }, '*');
  };
  new ResizeObserver(post).observe(document.body);
  addEventListener('load', post);
}
