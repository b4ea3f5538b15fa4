/* Search within one edition: ?edition=beijing&q=拖欠工资. Plain ES5 for old Android WebViews. */
(function () {
  var box = document.getElementById("search");
  if (!box || typeof PagefindUI === "undefined") return;
  var params = new URLSearchParams(window.location.search);
  var edition = params.get("edition") || "national";
  if (!/^[a-z]+$/.test(edition)) edition = "national";
  // absolute, because Pagefind resolves a relative bundle path against its own script
  var ui = document.querySelector('script[src*="pagefind-ui.js"]').src;
  var instance = new PagefindUI({
    element: "#search",
    bundlePath: ui.replace(/national\/pagefind-ui\.js$/, edition + "/"),
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    excerptLength: 20
  });
  // Pagefind labels its input with a placeholder only; screen readers need a real label.
  var label = document.documentElement.lang === "en" ? "Search this edition" : "搜索本版";
  var labelInput = function () {
    var input = box.querySelector("input");
    if (input) input.setAttribute("aria-label", label);
    return !!input;
  };
  if (!labelInput()) {
    new MutationObserver(function (_, observer) { if (labelInput()) observer.disconnect(); })
      .observe(box, { childList: true, subtree: true });
  }
  var query = params.get("q");
  if (query) instance.triggerSearch(query);
})();
