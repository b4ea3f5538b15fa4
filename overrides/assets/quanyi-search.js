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
  var query = params.get("q");
  if (query) instance.triggerSearch(query);
})();
