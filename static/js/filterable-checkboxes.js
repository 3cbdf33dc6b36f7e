/* A filter box over a long list of checkboxes (practices.place_choosers): typing part of a
   name hides the others; the chosen ones are named above the list. */
(() => {
  const normalise = (text) => text.toLocaleLowerCase('fi').trim();

  function setUp(root) {
    const input = root.querySelector('[data-kb-filterable-input]');
    const names = root.querySelector('[data-kb-filterable-names]');
    const options = [...root.querySelectorAll('[data-kb-filterable-option]')];
    const groups = [...root.querySelectorAll('[data-kb-filterable-group]')];
    root.querySelector('[data-kb-filterable-search]').hidden = false;

    input.addEventListener('input', () => {
      const text = normalise(input.value);
      options.forEach((option) => {
        option.hidden = text !== '' && !normalise(option.textContent).includes(text);
      });
      groups.forEach((group) => {
        group.hidden = !group.querySelector('[data-kb-filterable-option]:not([hidden])');
      });
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') event.preventDefault(); // never submit the page form from here
    });
    root.addEventListener('change', () => {
      const chosen = options
        .filter((o) => o.querySelector('input').checked)
        .map((o) => o.querySelector('label').textContent.trim());
      names.textContent = chosen.length ? chosen.join(', ') : names.dataset.none;
    });
  }

  function setUpAll() {
    document.querySelectorAll('[data-kb-filterable]:not([data-kb-ready])').forEach((root) => {
      root.dataset.kbReady = '';
      setUp(root);
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', setUpAll);
  else setUpAll();
})();
