// Progressive enhancement of the search page; without it the page works as plain forms.
(function () {
  "use strict";
  var filters = document.getElementById("filters");
  // On a phone the filters fold away behind their summary button.
  if (filters && window.matchMedia("(max-width: 47.99rem)").matches) {
    filters.removeAttribute("open");
  }
  // Filters apply as soon as a box is ticked.
  document.querySelectorAll(".facets input[type=checkbox]").forEach(function (box) {
    box.addEventListener("change", function () { box.form.submit(); });
  });
  var sort = document.getElementById("search-sort");
  if (sort) { sort.addEventListener("change", function () { sort.form.submit(); }); }
  // Suggestions while typing: titles from the suggest endpoint in a native datalist.
  var input = document.getElementById("search-q");
  if (!input || !input.dataset.suggestUrl || !window.fetch) { return; }
  var list = document.createElement("datalist");
  list.id = "search-suggestions";
  input.parentNode.appendChild(list);
  input.setAttribute("list", list.id);
  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    var q = input.value.trim();
    if (q.length < 2) { return; }
    timer = setTimeout(function () {
      fetch(input.dataset.suggestUrl + "?q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (data) {
          list.textContent = "";
          data.suggestions.forEach(function (s) {
            var option = document.createElement("option");
            option.value = s.title;
            list.appendChild(option);
          });
        })
        .catch(function () {});
    }, 200);
  });
})();
