/*
 * Houses & Apartments: sizes its iframes on a host page to their content.
 * Include it once, after (or before) the iframes: <script src=".../embed.js" async></script>
 * It listens for {type: "houses-and-apartments:resize", height} and sets the height of the one iframe whose window
 * sent it: messages from any other window are ignored, and so are heights that are not plain, sane numbers.
 * No inline code and no eval, so it runs under a strict Content-Security-Policy.
 */
(function () {
  'use strict';
  if (window.__housesAndApartmentsEmbed) return;
  window.__housesAndApartmentsEmbed = true;

  var TYPE = 'houses-and-apartments:resize';
  var MIN_HEIGHT = 200;
  var MAX_HEIGHT = 20000;

  function frameFor(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE) return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height)) return;
    // Only the frame that sent the message is resized: event.source must be one of this page's iframes.
    var frame = frameFor(event.source);
    if (!frame) return;
    var clamped = Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, Math.ceil(height)));
    frame.style.height = clamped + 'px';
    frame.setAttribute('data-sized-by-embed', String(clamped));
  });
})();
