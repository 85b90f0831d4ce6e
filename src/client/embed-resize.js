/*
 * Host-side script of the chart embeds (the 嵌入 code): keeps each <iframe data-xin-zhi-embed>
 * as tall as its embed page reports (postMessage 'xin-zhi-embed-height', sent by the embed page
 * whenever its height changes, e.g. when the iframe's width changes). Plain ES5, no dependencies;
 * safe to include more than once.
 *
 * A message counts only when it comes from one of those iframes' own windows AND from the origin
 * of that iframe's src: a page of another origin, loaded in the frame later (a link followed inside
 * it), cannot set its height. Served twice (src/pages/embed/[script].js.ts): at embed/resize.js,
 * the address of old snippets, and at a content-hashed address the snippet loads with an integrity hash.
 */
(function () {
  if (window.__xinZhiEmbed) return;
  window.__xinZhiEmbed = true;
  function originOf(frame) {
    try {
      return new URL(frame.src, location.href).origin;
    } catch (error) {
      return '';
    }
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'xin-zhi-embed-height' || typeof data.height !== 'number') return;
    if (!event.origin || event.origin === 'null') return;
    var frames = document.querySelectorAll('iframe[data-xin-zhi-embed]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source && originOf(frames[i]) === event.origin) {
        frames[i].style.border = '0';
        frames[i].style.height = Math.ceil(Math.max(0, Math.min(data.height, 10000))) + 'px';
      }
    }
  });
})();
