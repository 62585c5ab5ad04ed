// Runs before the page's first paint: a classic script in <head>, added by scripts/prerender.mjs, because the page's
// policy allows no inline script. index.html's #root holds the first step, prerendered for the page opened with no
// query string, at the top level, with motion allowed. Opened any other way, the app renders afresh (src/main.tsx):
// this marks <html> so that first-screen.css hides the prerendered step meanwhile, and the wrong step never shows.
// It also sets the system's colour scheme on <html>, as the app does once it runs (src/ui/Presenter.tsx), so a dark
// system paints the prerendered step dark from the start.
(function () {
  var html = document.documentElement;
  var media = function (query) {
    return typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
  };
  if (window.location.search !== '' || window.top !== window.self || media('(prefers-reduced-motion: reduce)')) {
    html.setAttribute('data-first-screen', 'fresh');
  }
  if (!/[?&]theme=/.test(window.location.search)) {
    html.setAttribute('data-theme', media('(prefers-color-scheme: dark)') ? 'dark' : 'light');
  }
})();
