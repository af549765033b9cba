// The app's map (dashboard/app_map.py): a Streamlit component without a build step.
//
// First render: make the Leaflet map, fit the first view, fetch the countries' shapes once (a static file of
// the app) and draw them. Every later render only restyles the countries, redraws the legend and the city
// points and moves the selection outline: the reader's zoom and position stay. A click sends
// {iso3, click: <new id>} back to Python; the browser's Back and Forward open the page anew at its address.
// All text is set with textContent: nothing from an article becomes HTML.
(function () {
  "use strict";

  var STATIC = "../../app/static/";
  var state = {map: null, args: null, shapesUrl: null, shapes: null, byIso: {}, points: null, legend: null,
               layerClicked: false};

  function post(type, data) {
    window.parent.postMessage(Object.assign({isStreamlitMessage: true, type: type}, data || {}), "*");
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  // Quantised geometry (dashboard/map.py: quantised): integer deltas of coordinates times 100.
  function ring(q) {
    var out = [], x = 0, y = 0;
    for (var i = 0; i < q.length; i += 2) { x += q[i]; y += q[i + 1]; out.push([x / 100, y / 100]); }
    return out;
  }

  function decode(collection) {
    collection.features.forEach(function (feature) {
      var g = feature.geometry;
      if (g && g.q) {
        g.coordinates = g.type === "Polygon" ? g.q.map(ring) : g.q.map(function (polygon) { return polygon.map(ring); });
        delete g.q;
      }
    });
    return collection;
  }

  function tipContent(name, lines) {
    var box = element("div");
    box.appendChild(element("div", "tip-name", name));
    (lines || []).forEach(function (line) { if (line) { box.appendChild(element("div", "", line)); } });
    return box;
  }

  // Tooltips open above or below the pointer, on the side with room, and are shifted sideways to stay inside the map:
  // never clipped by its edges, also on a phone's narrow map (left or right of the pointer only where neither fits).
  var EDGE = 4, GAP = 12;
  function placeTooltip(layer, point) {
    var tooltip = layer.getTooltip(), size = state.map.getSize();
    if (!tooltip) { return; }
    var box = tooltip.getElement && tooltip.getElement();
    var width = box && box.offsetWidth ? box.offsetWidth : Math.min(274, size.x - 2 * EDGE);
    var height = box && box.offsetHeight ? box.offsetHeight : 80;
    var direction, dx = 0, dy = 0;
    var above = point.y - height - GAP >= EDGE, below = point.y + height + GAP <= size.y - EDGE;
    if (above || below) {
      direction = above && (point.y >= size.y * 0.4 || !below) ? "top" : "bottom";
      dy = direction === "top" ? -GAP + 2 : GAP;
      dx = Math.max(EDGE + width / 2 - point.x, Math.min(0, size.x - EDGE - width / 2 - point.x));
    } else {
      direction = point.x < size.x / 2 ? "right" : "left";
      dx = direction === "right" ? GAP : -GAP;
      dy = Math.max(EDGE + height / 2 - point.y, Math.min(0, size.y - EDGE - height / 2 - point.y));
    }
    tooltip.options.direction = direction;
    tooltip.options.offset = L.point(dx, dy);
  }

  function select(iso3) {
    state.layerClicked = true;
    state.revealed = iso3;  // clicked on the map: already in view
    state.args = Object.assign({}, state.args, {selected: iso3});
    restyle();
    post("streamlit:setComponentValue", {value: {iso3: iso3, click: Date.now()}, dataType: "json"});
  }

  function countryStyle(iso3) {
    var reported = state.args.countries[iso3], selected = iso3 === state.args.selected;
    return {
      fillColor: reported ? reported.fill : state.args.basemap, fillOpacity: 1,
      color: selected ? "#111111" : (reported ? "#555555" : "#ffffff"),
      weight: selected ? 2.5 : (reported ? 0.8 : 0.5)
    };
  }

  // The reader's view outlives the map (another tab of the app, then back): kept in this tab's sessionStorage.
  var VIEW_KEY = "police-stations-map-view";

  function savedView() {
    try { return JSON.parse(window.sessionStorage.getItem(VIEW_KEY) || "null"); } catch (error) { return null; }
  }

  function views(args) { return args.bounds || {}; }

  function makeMap(args) {
    var map = L.map("map", {minZoom: 1, maxZoom: 9, zoomSnap: 0.25, worldCopyJump: false,
                            attributionControl: false});
    map.getContainer().style.background = args.sea;
    // Leaflet focuses the map on a press (for its arrow and +/- keys); focusing an element in this frame scrolls the page
    // around it into view, between the press and the release, so a click on a map partly off screen (a laptop, a phone)
    // landed elsewhere and was lost. The map still takes the focus, without scrolling the page.
    var container = map.getContainer();
    container.focus = function () { HTMLElement.prototype.focus.call(container, {preventScroll: true}); };
    var saved = savedView();
    if (saved) {
      map.setView(saved.center, saved.zoom);
      state.revealed = args.selected;  // the reader's own view, chosen with this country selected: left alone
    }
    else if (views(args).first) { map.fitBounds(views(args).first); }
    else { map.setView([48, 12], 3); }
    map.on("moveend", function () {
      try {
        window.sessionStorage.setItem(VIEW_KEY, JSON.stringify({center: map.getCenter(), zoom: map.getZoom()}));
      } catch (error) { /* storage refused: the view is simply not kept */ }
    });
    addAllReportsButton(map);
    // A tap on the sea (not on a country or a city) closes any open tooltip.
    map.on("click", function () {
      if (state.layerClicked) { state.layerClicked = false; return; }
      state.tapped = null;
      map.eachLayer(function (layer) { if (layer.closeTooltip) { layer.closeTooltip(); } });
    });
    window.countryMap = map;  // for the browser tests and anyone debugging
    return map;
  }

  // "All reports": the first view shows where stations are; this shows every country with a report.
  function addAllReportsButton(map) {
    var control = L.control({position: "topleft"});
    control.onAdd = function () {
      var button = L.DomUtil.create("button", "map-all-reports");
      button.type = "button";
      button.textContent = "All reports";
      button.title = "Show every country with a report";
      L.DomEvent.disableClickPropagation(button);
      L.DomEvent.on(button, "click", function () {
        var all = views(state.args).all;
        if (all) { map.fitBounds(all); }
      });
      return button;
    };
    control.addTo(map);
  }

  // A country picked outside the map ("Find a country", a permalink) is brought into view when it is not,
  // and zoomed to when it is too small to see where it is (Singapore, Malta, Luxembourg at the first view).
  var TOO_SMALL_PX = 12;
  function revealSelected() {
    var iso3 = state.args.selected, layer = state.byIso[iso3];
    if (!layer || iso3 === state.revealed) { return; }
    state.revealed = iso3;
    var map = state.map, bounds = layer.getBounds ? layer.getBounds() : L.latLngBounds([layer.getLatLng(), layer.getLatLng()]);
    var size = map.latLngToContainerPoint(bounds.getSouthEast()).subtract(map.latLngToContainerPoint(bounds.getNorthWest()));
    if (!map.getBounds().intersects(bounds) || Math.max(Math.abs(size.x), Math.abs(size.y)) < TOO_SMALL_PX) {
      map.fitBounds(bounds, {maxZoom: 5});
    }
  }

  function bindCountry(feature, layer) {
    var iso3 = feature.properties.iso3;
    state.byIso[iso3] = layer;
    layer.on("mouseover mousemove", function (event) { placeTooltip(layer, event.containerPoint); });
    layer.bindTooltip(function () {
      var reported = state.args.countries[iso3];
      return tipContent(feature.properties.name, reported ? reported.lines : []);
    }, {sticky: true, opacity: 1, className: "tip-country"});
    layer.on("mouseover", function () { layer.setStyle({weight: 2, color: "#111111"}); layer._drawnStyle = null; });
    layer.on("mouseout", function () { layer.setStyle(countryStyle(iso3)); layer._drawnStyle = null; });
    layer.on("click", function (event) { select(iso3); rememberTap(layer, event); });
  }

  // On a touch screen a tap is the only hover, so the tooltip a tap opened stays open for a while: the rerun the tap
  // causes redraws the map's order (a country moved to the front ends the browser's hover on it, which closes it).
  // A tap elsewhere on the map closes it, as before.
  var TAP_KEEPS_MS = 5000;
  function rememberTap(layer, event) {
    var original = event.originalEvent || {};
    if (!(original.pointerType === "touch" || (original.sourceCapabilities || {}).firesTouchEvents)) {
      state.tapped = null;
      return;
    }
    var tap = {layer: layer, latlng: event.latlng, at: Date.now(), reopened: 0};
    state.tapped = tap;
    layer.on("tooltipclose", function reopen() {
      if (state.tapped !== tap || Date.now() - tap.at > TAP_KEEPS_MS || tap.reopened >= 5) {
        layer.off("tooltipclose", reopen);
        return;
      }
      tap.reopened += 1;
      window.setTimeout(function () {
        if (state.tapped === tap && !layer.isTooltipOpen()) { layer.openTooltip(tap.latlng); }
      }, 30);
    });
    if (!layer.isTooltipOpen()) { layer.openTooltip(event.latlng); }
  }

  // Only what changed is touched: a colouring change restyles the countries whose colour changed.
  function restyle() {
    if (!state.shapes) { return; }
    Object.keys(state.byIso).forEach(function (iso3) {
      var layer = state.byIso[iso3], style = countryStyle(iso3), key = JSON.stringify(style);
      if (layer._drawnStyle !== key) { layer.setStyle(style); layer._drawnStyle = key; }
    });
    // Countries with claims above the rest (their borders show), the selected one above them, points on top.
    var order = Object.keys(state.args.countries).join() + "|" + state.args.selected;
    if (order === state.order) { return; }
    state.order = order;
    Object.keys(state.args.countries).forEach(function (iso3) {
      if (state.byIso[iso3]) { state.byIso[iso3].bringToFront(); }
    });
    if (state.byIso[state.args.selected]) { state.byIso[state.args.selected].bringToFront(); }
    if (state.points) { state.points.eachLayer(function (point) { point.bringToFront(); }); }
  }

  function drawPoints(points) {
    var key = JSON.stringify(points);
    if (state.points && key === state.pointsKey) { return; }
    state.pointsKey = key;
    state.order = null;  // new points go on top again
    if (state.points) { state.points.remove(); }
    var group = L.featureGroup();
    points.forEach(function (p) {
      var marker = L.circleMarker([p.lat, p.lon], {radius: 5, weight: 2, color: "#222222", fillColor: "#ffffff",
                                                   fillOpacity: 1});
      marker.feature = {type: "Feature", properties: {iso3: p.iso3, name: p.name, tip: p.tip}};
      marker.on("mouseover mousemove", function (event) { placeTooltip(marker, event.containerPoint); });
      marker.bindTooltip(tipContent(p.name, [p.tip]), {sticky: true, opacity: 1, className: "tip-place"});
      marker.on("click", function (event) { select(p.iso3); rememberTap(marker, event); });
      group.addLayer(marker);
    });
    state.points = group.addTo(state.map);
  }

  var LEGEND_OPEN_FROM_PX = 500;
  function drawLegend(legend) {
    if (!state.legend) {
      state.legend = L.control({position: "bottomleft"});
      state.legend.onAdd = function () {
        var box = L.DomUtil.create("div", "map-legend");
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        return box;
      };
      state.legend.addTo(state.map);
    }
    // On a phone's narrow map (under LEGEND_OPEN_FROM_PX) the legend starts folded to its title (it would cover a third of the map); the title
    // unfolds and folds it, and the reader's choice stays across reruns.
    if (state.legendOpen === undefined) { state.legendOpen = state.map.getSize().x >= LEGEND_OPEN_FROM_PX; }
    var box = state.legend.getContainer();
    var title = element("button", "title", legend.title);
    title.type = "button";
    title.setAttribute("aria-expanded", String(state.legendOpen));
    var items = element("div", "items");
    items.hidden = !state.legendOpen;
    title.addEventListener("click", function () {
      state.legendOpen = !state.legendOpen;
      items.hidden = !state.legendOpen;
      title.setAttribute("aria-expanded", String(state.legendOpen));
    });
    box.replaceChildren(title, items);
    legend.items.forEach(function (item) {
      var row = element("div");
      var swatch = element("span", "swatch");
      swatch.style.background = item[1];
      row.appendChild(swatch);
      row.appendChild(document.createTextNode(item[0]));
      items.appendChild(row);
    });
  }

  function problem(text) {
    document.body.appendChild(element("div", "map-problem", text));
  }

  // Leaflet loads (async) while the first arguments arrive and the shapes are fetched: no waiting in turn.
  var leaflet = new Promise(function (resolve) { window.leafletLoaded = resolve; });
  var pending = null;

  function loadShapes(url) {
    Promise.all([fetch(STATIC + url).then(function (response) {
      if (!response.ok) { throw new Error(response.status + " " + response.statusText); }
      return response.json();
    }), leaflet]).then(function (results) {
      var collection = results[0];
      if (url !== state.shapesUrl) { return; }  // a newer build's shapes were asked for meanwhile
      if (state.shapes) { state.shapes.remove(); }
      state.byIso = {};
      state.order = null;
      state.shapes = L.geoJSON(decode(collection), {
        onEachFeature: bindCountry,
        // a country too small for a polygon at this scale is a small circle, not a pin
        pointToLayer: function (feature, latlng) { return L.circleMarker(latlng, {radius: 6}); }
      }).addTo(state.map);
      drawPoints(state.args.points);
      restyle();
      revealSelected();
    }, function () {
      problem("The map could not be drawn: its shapes did not load. Reload the page.");
    });
  }

  function render(args) {
    state.args = args;
    post("streamlit:setFrameHeight", {height: args.height});
    if (args.shapes !== state.shapesUrl) {
      state.shapesUrl = args.shapes;
      loadShapes(args.shapes);
    }
    if (!window.L) {  // the first arguments came before Leaflet: draw when it is there
      pending = args;
      return;
    }
    if (!state.map) { state.map = makeMap(args); }
    drawLegend(args.legend);
    if (state.shapes) {
      drawPoints(args.points);
      restyle();
      revealSelected();
    }
  }

  leaflet.then(function () { if (pending) { var args = pending; pending = null; render(args); } });

  window.addEventListener("message", function (event) {
    if (event.data && event.data.type === "streamlit:render") { render(event.data.args); }
  });

  // The browser's Back and Forward: the page's address changes (the app keeps the view in it, ?country=NLD)
  // but Streamlit neither reruns nor forgets the address it set last, so the page is opened anew at the address
  // the reader went back to, as a link to it would open. The page is the app's own, so this frame may reach it;
  // embedded elsewhere it may not, and Back then leaves the view as it is.
  try {
    window.parent.addEventListener("popstate", function () {
      var query = new URLSearchParams(window.parent.location.search);
      var shown = state.args || {};
      if ((query.get("country") || "").toUpperCase() !== (shown.selected || "")
          || (query.get("measure") || shown.defaultMeasure) !== shown.measure) {
        window.parent.location.reload();  // (not for a link within the page: the view it names is the one shown)
      }
    });
  } catch (error) { /* another origin's page */ }
  post("streamlit:componentReady", {apiVersion: 1});
}());
