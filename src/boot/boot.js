/*
 * Runs before the page paints: the build writes it inline into <head> (scripts/prerender/inlineFirstPaint.ts), with
 * its hash in the Content-Security-Policy; the dev server loads it as a file.
 *
 * 1. index.html holds the lab's first screen prerendered with the default settings. A visit that will show
 *    something else, a link with settings or a saved session, must not see that default first: this marks <html>
 *    so that boot.css hides it until the app has rendered the visit's own state (src/app/labRoot.tsx lifts the
 *    mark). A visitor who put the first-visit intro away is marked too, so the prerendered intro does not flash.
 *    The storage keys are src/share/savedSession.ts's and src/share/introSeen.ts's (bootScript.test.ts checks them).
 * 2. Where one of the page's own files fails to load before the app has started (most often a page opened below
 *    the app's folder, whose relative addresses then miss), boot.css shows index.html's message in place of a
 *    lab that would look ready and never answer.
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
  // A script, module preload or style sheet that fails fires `error` on its element; it does not bubble, so it is
  // caught on the way down. Once the app runs (#root[data-started]) a lazy chunk's failure is the app's to report.
  window.addEventListener(
    'error',
    function (event) {
      var element = event.target;
      if (element === null || (element.tagName !== 'SCRIPT' && element.tagName !== 'LINK')) return;
      var root = document.getElementById('root');
      if (root !== null && root.hasAttribute('data-started')) return;
      html.setAttribute('data-boot', 'failed');
    },
    true,
  );
})();
