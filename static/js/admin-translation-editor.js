/* wagtail-localize's translation editor writes two texts without gettext: the heading
   "Suomi to Svenska translation" and "More actions". Put them in the admin's language, from the
   project's JavaScript catalogue (djangojs.po in locale/fi and locale/sv). */
(() => {
  const HEADING = /^(.+) to (.+) translation$/;

  function translate(root) {
    const { gettext, interpolate } = window.django;
    root.querySelectorAll('section h3').forEach((heading) => {
      const match = heading.textContent.match(HEADING);
      if (match) {
        const text = gettext('%(source)s to %(target)s translation');
        heading.textContent = interpolate(text, { source: match[1], target: match[2] }, true);
      }
    });
    root.querySelectorAll('.w-sr-only').forEach((label) => {
      if (label.textContent === 'More actions') label.textContent = gettext('More actions');
    });
  }

  function setUp() {
    const root = document.querySelector('.js-translation-editor');
    if (!root || !window.django) return;
    translate(root);
    new MutationObserver(() => translate(root)).observe(root, { childList: true, subtree: true });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', setUp);
  else setUp();
})();
