// Click a claim (in the table or in the text) to highlight its source, cue and content.
// The page works without this script: each claim link is also an anchor (#claim-ID).
(function () {
  "use strict";
  var text = document.getElementById("article-text");
  var table = document.getElementById("claims-table");
  if (!text || !table) { return; }

  function select(claimId) {
    var marked = text.querySelectorAll(".hl.sel");
    for (var i = 0; i < marked.length; i++) { marked[i].classList.remove("sel"); }
    var rows = table.querySelectorAll("tr.active");
    for (var j = 0; j < rows.length; j++) { rows[j].classList.remove("active"); }
    if (!claimId) { return; }
    var pieces = text.querySelectorAll(".hl[data-claims]");
    var first = null;
    for (var k = 0; k < pieces.length; k++) {
      var ids = pieces[k].getAttribute("data-claims").split(" ");
      if (ids.indexOf(claimId) !== -1) {
        pieces[k].classList.add("sel");
        if (!first) { first = pieces[k]; }
      }
    }
    var row = table.querySelector('tr[data-claim="' + CSS.escape(claimId) + '"]');
    if (row) { row.classList.add("active"); }
    return first;
  }

  table.addEventListener("click", function (event) {
    var link = event.target.closest("a.claim-link");
    if (!link) { return; }
    event.preventDefault();
    var claimId = link.getAttribute("data-claim");
    var first = select(claimId);
    if (first) { first.scrollIntoView({ block: "center", behavior: "smooth" }); }
    history.replaceState(null, "", "#claim-" + encodeURIComponent(claimId));
  });

  text.addEventListener("click", function (event) {
    var piece = event.target.closest(".hl[data-claims]");
    if (!piece) { return; }
    var ids = piece.getAttribute("data-claims").split(" ").filter(Boolean);
    if (ids.length) { select(ids[ids.length - 1]); }
  });

  var hash = decodeURIComponent(location.hash || "");
  if (hash.indexOf("#claim-") === 0) { select(hash.slice(7)); }
})();
