// Runs before the page first paints (a classic script in <head>: no inline script, for the CSP).
// The page carries the default view rendered at build time. When the address asks for another
// state (filters, a view, a quote, another report, an embed), that view must not show, not even
// for a frame: the page shows "Loading the report…" until the app has rendered the right one.
// A forced theme applies at once.
(function () {
  var html = document.documentElement;
  html.classList.add('js');
  var params = new URLSearchParams(window.location.search);
  var other = false;
  params.forEach(function (value, key) {
    if (key !== 'theme') other = true;
  });
  if (other) html.classList.add('deep-link');
  if (params.get('embed') === '1' || params.get('embed') === 'true') html.classList.add('embed');
  var theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') html.setAttribute('data-theme', theme);
})();
