// The events map: the same search as the list beside it, drawn with Leaflet and marker clusters.
// The list stays the accessible way through the results; the map only adds a view of them.
(function () {
  "use strict";

  var METROPOLE = L.latLngBounds([41.3, -5.2], [51.1, 9.6]);
  var MAX_RADIUS_KM = 300;
  /** Parameters that say where to look: "search in this area" replaces them all with a circle. */
  var PLACE_PARAMETERS = ["region", "department", "commune", "place", "near", "radiusKm", "page"];
  var dateFormat = new Intl.DateTimeFormat("fr-FR", { weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit", timeZone: "Europe/Paris" });

  document.querySelectorAll("[data-si-map]").forEach(function (element) { show(element); });

  function show(element) {
    var block = element.closest("[data-si-map-block]");
    var status = block.querySelector("[data-si-map-status]");
    var searchHere = block.querySelector("[data-si-map-search]");
    block.hidden = false;

    var map = L.map(element, { scrollWheelZoom: false, zoomSnap: 0.5 });
    map.attributionControl.setPrefix(false);
    if (element.dataset.tiles) {
      L.tileLayer(element.dataset.tiles, {
        attribution: element.dataset.attribution,
        maxZoom: Number(element.dataset.maxZoom) || 18,
      }).addTo(map);
    }
    // The outlines ship with the site: the map stays readable when no tile server answers.
    fetchJson(element.dataset.outlines).then(function (outlines) {
      L.geoJSON(outlines, { interactive: false, style: { color: "#000091", weight: 1, opacity: 0.6, fillColor: "#000091", fillOpacity: 0.03 } })
        .addTo(map).bringToBack();
    }).catch(function () { /* the markers are enough */ });

    var circle = circleOf(element);
    if (circle) {
      L.circle(circle.center, { radius: circle.radiusKm * 1000, color: "#000091", weight: 1, fillOpacity: 0.04, interactive: false }).addTo(map);
      map.fitBounds(circle.center.toBounds(circle.radiusKm * 2000));
    } else {
      map.fitBounds(METROPOLE);
    }

    var markers = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 50, chunkedLoading: true });
    map.addLayer(markers);
    fetchJson(element.dataset.events).then(function (collection) {
      var features = collection.features || [];
      features.forEach(function (feature) { markers.addLayer(marker(feature)); });
      status.textContent = placed(features.length, Number(element.dataset.total) || features.length);
      if (!circle && features.length > 0) map.fitBounds(viewOf(markers.getBounds()), { maxZoom: 12, padding: [20, 20] });
      element.dataset.loaded = String(features.length);
    }).catch(function () {
      status.textContent = "La carte n’a pas pu être chargée : les événements restent listés ci-dessous.";
    });

    // Only a move of the visitor's own (mouse, wheel, touch, keyboard) offers a new search, not the fitting above.
    var moved = false;
    ["pointerdown", "wheel", "touchstart", "keydown"].forEach(function (type) {
      element.addEventListener(type, function () { moved = true; }, { passive: true });
    });
    map.on("moveend", function () { if (moved) searchHere.hidden = false; });

    searchHere.addEventListener("click", function () {
      window.location.href = areaSearch(element.dataset.searchUrl, map);
    });
  }

  /** « 14 événements sur la carte, 1 en ligne » : the list may hold events without a place. */
  function placed(count, total) {
    var n = count.toLocaleString("fr-FR");
    var text = count === 0 ? "Aucun événement à placer sur la carte" : count === 1 ? "1 événement sur la carte" : n + " événements sur la carte";
    var online = total - count;
    if (online === 1) text += ", 1 autre en ligne";
    else if (online > 1) text += ", " + online.toLocaleString("fr-FR") + " autres en ligne";
    return text + ".";
  }

  function marker(feature) {
    var c = feature.geometry.coordinates;
    var title = feature.properties.title;
    var m = L.marker([c[1], c[0]], { title: title, alt: title, keyboard: true });
    // The map's data holds a point and a title only: the popup reads the rest of the event when it opens.
    m.bindPopup(function () { return loading(feature.id, title); }, { maxWidth: 280 });
    m.on("popupopen", function (e) {
      fetchJson("/api/v1/events/" + encodeURIComponent(feature.id)).then(function (event) {
        e.popup.setContent(card(event));
      }).catch(function () {
        e.popup.setContent(loading(feature.id, title, "Le détail de l’événement n’a pas pu être chargé."));
      });
    });
    return m;
  }

  /** The title, linked to the event's page, while the rest loads (or if it cannot). */
  function loading(id, title, message) {
    var root = document.createElement("div");
    root.className = "si-map-card";
    var heading = element("p", "fr-text--bold fr-mb-1v", "");
    var link = element("a", "", title);
    link.href = "/evenements/" + encodeURIComponent(id);
    heading.appendChild(link);
    root.appendChild(heading);
    root.appendChild(element("p", "fr-text--sm fr-mb-0", message || "Chargement…"));
    return root;
  }

  /** The event's card in the popup, built from text nodes: nothing from the data becomes markup. */
  function card(event) {
    var root = document.createElement("div");
    root.className = "si-map-card";
    if (event.featured) root.appendChild(element("p", "fr-badge fr-badge--sm fr-badge--new fr-mb-1w", "Temps fort"));
    var title = element("p", "fr-text--bold fr-mb-1v", "");
    var link = element("a", "", event.title);
    link.href = "/evenements/" + encodeURIComponent(event.id);
    title.appendChild(link);
    root.appendChild(title);
    var first = (event.sessions || [])[0];
    if (first && first.startsAt) root.appendChild(element("p", "fr-text--sm fr-mb-0", capitalise(dateFormat.format(new Date(first.startsAt)))));
    var commune = event.commune ? event.commune.name : "";
    var department = event.department ? "(" + event.department.code + ")" : "";
    root.appendChild(element("p", "fr-text--sm fr-mb-0", [commune, department].join(" ").trim()));
    if (event.kind) root.appendChild(element("p", "fr-text--sm fr-mb-0 si-card-meta", event.kind.label));
    return root;
  }

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return e;
  }

  function capitalise(s) { return s.charAt(0).toUpperCase() + s.slice(1); }

  function circleOf(element) {
    var center = (element.dataset.center || "").split(",").map(Number);
    var radiusKm = Number(element.dataset.radiusKm);
    if (center.length !== 2 || center.some(isNaN) || !(radiusKm > 0)) return null;
    return { center: L.latLng(center[0], center[1]), radiusKm: radiusKm };
  }

  /** Overseas events would zoom the national map out to the whole globe: metropolitan France stays in view then. */
  function viewOf(bounds) {
    return METROPOLE.contains(bounds) || !METROPOLE.intersects(bounds) ? bounds : METROPOLE;
  }

  /** The list's search with the place replaced by the circle the visitor sees: its centre, to the farther edge. */
  function areaSearch(searchUrl, map) {
    var center = map.getCenter();
    var bounds = map.getBounds();
    var halfWidth = center.distanceTo(L.latLng(center.lat, bounds.getEast()));
    var halfHeight = center.distanceTo(L.latLng(bounds.getNorth(), center.lng));
    var radiusKm = Math.min(MAX_RADIUS_KM, Math.max(1, Math.ceil(Math.max(halfWidth, halfHeight) / 1000)));
    var query = new URLSearchParams(window.location.search);
    PLACE_PARAMETERS.forEach(function (name) { query.delete(name); });
    query.set("near", center.lat.toFixed(4) + "," + center.lng.toFixed(4));
    query.set("radiusKm", String(radiusKm));
    return searchUrl + "?" + query.toString();
  }

  function fetchJson(url) {
    return fetch(url, { headers: { Accept: "application/geo+json, application/json" } }).then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.json();
    });
  }
})();
