// The search form without a page load for the small things: commune suggestions while typing,
// and "around me" with the browser's geolocation. The form works the same without this script.
(function () {
  "use strict";

  document.querySelectorAll("input[data-si-commune-suggest]").forEach(suggestCommunes);
  document.querySelectorAll("[data-si-geolocate]").forEach(offerGeolocation);
  document.querySelectorAll("form").forEach(function (form) {
    var radius = form.querySelector("select[name=radiusKm]");
    var place = form.querySelector("input[name=place]");
    if (!radius || !place) return;
    // A distance without a place filters nothing: the shared URL stays free of it.
    form.addEventListener("submit", function () {
      radius.disabled = !place.value.trim() && !form.querySelector("input[name=near]");
    });
    window.addEventListener("pageshow", function () { radius.disabled = false; });
  });

  function suggestCommunes(input) {
    var list = document.getElementById(input.getAttribute("list"));
    var timer = 0;
    var asked = "";
    input.addEventListener("input", function () {
      // A place typed by hand replaces a position found earlier.
      var near = input.form && input.form.querySelector("input[name=near]");
      if (near) near.remove();
      window.clearTimeout(timer);
      var text = input.value.trim();
      if (text.length < 2 || text === asked) return;
      timer = window.setTimeout(function () {
        asked = text;
        fetch(input.dataset.siCommuneSuggest + "?q=" + encodeURIComponent(text), { headers: { Accept: "application/json" } })
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (body) {
            var items = Array.isArray(body) ? body : (body.items || []);
            list.replaceChildren.apply(list, items.map(function (item) {
              var option = document.createElement("option");
              option.value = item.label;
              return option;
            }));
          })
          .catch(function () { /* suggestions are a help, not a need */ });
      }, 200);
    });
  }

  function offerGeolocation(block) {
    if (!("geolocation" in navigator)) return;
    var form = block.closest("form");
    var button = block.querySelector("button");
    var status = block.querySelector("[data-si-geolocate-status]");
    block.hidden = false;
    button.addEventListener("click", function () {
      button.disabled = true;
      status.textContent = "Recherche de votre position…";
      navigator.geolocation.getCurrentPosition(function (position) {
        var near = form.querySelector("input[name=near]");
        if (!near) {
          near = document.createElement("input");
          near.type = "hidden";
          near.name = "near";
          form.appendChild(near);
        }
        near.value = position.coords.latitude.toFixed(4) + "," + position.coords.longitude.toFixed(4);
        var place = form.querySelector("input[name=place]");
        if (place) place.value = "";
        var radius = form.querySelector("select[name=radiusKm]");
        if (radius && !radius.value) radius.value = "20";
        status.textContent = "Position trouvée : recherche autour de vous.";
        form.submit();
      }, function () {
        button.disabled = false;
        status.textContent = "Votre position n’a pas pu être obtenue : indiquez plutôt une commune ou un code postal.";
      }, { enableHighAccuracy: false, timeout: 10000, maximumAge: 600000 });
    });
  }
})();
