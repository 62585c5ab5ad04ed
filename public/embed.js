/*
 * Houses & Apartments: sizes its iframes on a host page to their content, and hands them the host's theme.
 * Include it once, after (or before) the iframes: <script src=".../embed.js" async></script>
 * It listens for {type: "houses-and-apartments:resize", height} and sets the height of the one iframe whose window
 * sent it: messages from any other window are ignored, and so are heights that are not plain, sane numbers.
 * An iframe with data-theme="auto" follows the host page's prefers-color-scheme (light or dark), as it changes;
 * data-theme="light", "dark" or "projector" asks for that theme. The frame is told with
 * {type: "houses-and-apartments:theme", theme} when it loads and when it first reports its height (so a frame that
 * loaded before this script still hears it), and again when the host's colour scheme changes.
 * No inline code and no eval, so it runs under a strict Content-Security-Policy.
 */
(function () {
  'use strict';
  if (window.__housesAndApartmentsEmbed) return;
  window.__housesAndApartmentsEmbed = true;

  var TYPE = 'houses-and-apartments:resize';
  var THEME_TYPE = 'houses-and-apartments:theme';
  var THEMES = { light: true, dark: true, projector: true };
  var MIN_HEIGHT = 200;
  var MAX_HEIGHT = 20000;
  var dark = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null;

  function frameFor(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  /** The theme a frame's data-theme asks for, or null when it asks for none the app knows. */
  function themeFor(frame) {
    var wanted = frame.getAttribute('data-theme');
    if (wanted === 'auto') return dark && dark.matches ? 'dark' : 'light';
    return wanted && THEMES.hasOwnProperty(wanted) ? wanted : null;
  }

  function sendTheme(frame) {
    var theme = themeFor(frame);
    // The frame is sandboxed (an opaque origin), so no narrower target than '*' can reach it; a theme is no secret.
    if (theme && frame.contentWindow) frame.contentWindow.postMessage({ type: THEME_TYPE, theme: theme }, '*');
  }

  function eachThemedFrame(action) {
    var frames = document.querySelectorAll('iframe[data-theme]');
    for (var i = 0; i < frames.length; i += 1) action(frames[i]);
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
    // Its first report says the app is listening: answer it once per page load, so a reader who then picks another
    // theme inside the frame keeps it however often the frame resizes.
    if (!frame.__housesAndApartmentsThemed) {
      frame.__housesAndApartmentsThemed = true;
      sendTheme(frame);
    }
  });

  // A load event does not bubble, but it can be caught on its way down: this sees frames added later too.
  document.addEventListener('load', function (event) {
    var frame = event.target;
    if (!frame || frame.tagName !== 'IFRAME') return;
    frame.__housesAndApartmentsThemed = false;
    sendTheme(frame);
  }, true);

  if (dark) {
    var follow = function () {
      eachThemedFrame(function (frame) {
        if (frame.getAttribute('data-theme') === 'auto') sendTheme(frame);
      });
    };
    if (typeof dark.addEventListener === 'function') dark.addEventListener('change', follow);
    else if (typeof dark.addListener === 'function') dark.addListener(follow);
  }

  eachThemedFrame(sendTheme);
})();
