// Copy buttons on the form-assist page. Without JavaScript (or clipboard access) the
// buttons stay hidden and the person selects the text in each box themselves.
(function () {
  "use strict";
  if (!navigator.clipboard) return;
  document.querySelectorAll(".takedown-copy").forEach(function (button) {
    var label = button.innerHTML;
    button.hidden = false;
    button.addEventListener("click", function () {
      var box = document.getElementById(button.dataset.copy);
      navigator.clipboard.writeText(box.value).then(function () {
        button.textContent = button.dataset.copied;
        setTimeout(function () { button.innerHTML = label; }, 2000);
      });
    });
  });
})();
