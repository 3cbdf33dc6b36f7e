// Chapters of a webinar recording jump the player on the page to their time. Without this script
// a chapter is a link to the recording itself at that time (a #t= media fragment).
(function () {
  "use strict";
  var player = document.getElementById("recording-player");
  if (!player) { return; }
  document.querySelectorAll("a[data-seek]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      // a click that asks for a new tab or window keeps the plain link
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) { return; }
      event.preventDefault();
      player.currentTime = Number(link.dataset.seek);
      player.scrollIntoView({ block: "nearest" });
      player.focus();
      var playing = player.play();
      if (playing && playing.catch) { playing.catch(function () {}); }  // autoplay refused: stays paused there
    });
  });
}());
