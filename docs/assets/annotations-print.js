/* Paper shows every annotation: those the reader collapsed are opened for printing and closed
   again after. */
(function () {
  "use strict";

  /* Open the collapsed annotations for printing, and remember them to close them again after.
     Material's details component does the same for every details element, but as part of its
     own mounting, which the edition does not control; this runs first (capture phase, on window
     itself), so it sees the reader's choice before anything else opens them. */
  var openedForPrint = [];

  function openForPrint() {
    openedForPrint = Array.prototype.filter.call(document.querySelectorAll("details.annotation"), function (block) {
      return !block.open;
    });
    openedForPrint.forEach(function (block) { block.open = true; });
  }

  function closeAfterPrint() {
    openedForPrint.forEach(function (block) { block.open = false; });
    openedForPrint = [];
  }

  window.addEventListener("beforeprint", openForPrint, true);
  window.addEventListener("afterprint", closeAfterPrint, true);
})();
