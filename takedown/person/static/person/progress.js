/* Updates the scan progress without reloading the page: fetches the server-rendered
 * progress table every few seconds while a scan runs. Without JavaScript the page's
 * <noscript> refresh and the Refresh button do the same. */
(function () {
  "use strict";
  var box = document.getElementById("scan-progress");
  if (!box || !window.fetch) {
    return;
  }
  var INTERVAL_MS = 3000;
  var last = null;

  function running() {
    var state = box.querySelector("[data-running]");
    return state && state.getAttribute("data-running") === "true";
  }

  function poll() {
    if (!running()) {
      return;
    }
    fetch(box.getAttribute("data-progress-url"), { credentials: "same-origin", cache: "no-store" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.text();
      })
      .then(function (html) {
        // Replaced only when something changed, so a screen reader is told of changes only.
        if (html !== last) {
          box.innerHTML = html;
          last = html;
        }
        window.setTimeout(poll, INTERVAL_MS);
      }, function () {
        window.setTimeout(poll, INTERVAL_MS * 3); // offline for a moment: try again later
      });
  }
  window.setTimeout(poll, INTERVAL_MS);
})();
