/*
 * Runs before the page paints (a classic script in <head>: the Content-Security-Policy allows no inline code).
 * index.html holds the lab's first screen prerendered with the default settings. A visit that will show
 * something else, a link with settings or a saved session, must not see that default first: this marks <html>
 * so that boot.css hides it until the app has rendered the visit's own state (src/app/labRoot.tsx lifts the
 * mark). A visitor who put the first-visit intro away is marked too, so the prerendered intro does not flash.
 * The storage keys are src/share/savedSession.ts's and src/share/introSeen.ts's (src/prerender/bootScript.test.ts checks them).
 */
(function () {
  var html = document.documentElement;
  var query = window.location.search.replace(/^\?/, '');
  if (query !== '') html.setAttribute('data-boot', /(^|&)embed=/.test(query) ? 'embed' : 'link');
  try {
    var storage = window.localStorage;
    if (query === '' && storage.getItem('softmax-lab/session') !== null) html.setAttribute('data-boot', 'session');
    if (storage.getItem('softmax-lab/intro-seen') === '1') html.setAttribute('data-intro-seen', '');
  } catch {
    // Storage that cannot be read holds no session: the default is what the app will show.
  }
})();
