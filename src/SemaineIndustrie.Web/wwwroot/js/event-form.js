// The event form: one step shown at a time (all of them without script), the picture checked before it is sent,
// and the pin of step 3 moved on a small map (by dragging, by the arrow keys, or in the coordinate fields).
(function () {
  const form = document.getElementById('formulaire-evenement');
  if (!form) return;
  const steps = Array.from(form.querySelectorAll('.si-step'));
  const stepper = form.querySelector('.si-stepper');
  const nav = form.querySelector('.si-step-nav');
  const previous = nav.querySelector('.si-previous');
  const next = nav.querySelector('.si-next');
  const withError = steps.findIndex(s => s.querySelector('[aria-invalid="true"], .fr-message--error'));
  const requested = steps.findIndex(s => '#' + s.id === location.hash);
  let current = withError >= 0 ? withError : Math.max(0, requested);

  function show(index) {
    current = Math.min(Math.max(index, 0), steps.length - 1);
    steps.forEach((s, i) => { s.hidden = i !== current; });
    stepper.querySelector('.si-step-title').textContent = steps[current].dataset.title;
    stepper.querySelector('.si-step-number').textContent = current + 1;
    stepper.querySelector('.fr-stepper__steps').setAttribute('data-fr-current-step', current + 1);
    previous.disabled = current === 0;
    next.disabled = current === steps.length - 1;
    steps[current].dispatchEvent(new CustomEvent('si-step-shown'));
  }
  stepper.hidden = false;
  nav.hidden = false;
  previous.addEventListener('click', () => { show(current - 1); stepper.scrollIntoView(); });
  next.addEventListener('click', () => { show(current + 1); stepper.scrollIntoView(); });
  // A browser refusing to submit shows the step holding the invalid field.
  form.addEventListener('invalid', e => {
    const index = steps.findIndex(s => s.contains(e.target));
    if (index >= 0 && index !== current) show(index);
  }, true);
  checkPicture(form.querySelector('#Input_Picture'));
  const pin = form.querySelector('[data-si-pin]');
  if (pin && window.L) placePin(pin, steps.find(s => s.contains(pin)));
  show(current);

  /** A picture over the limit or of another type is refused here, before minutes of upload, with the server's words. */
  function checkPicture(input) {
    if (!input) return;
    const messages = document.getElementById(input.getAttribute('aria-describedby'));
    const group = input.closest('.fr-upload-group');
    input.addEventListener('change', () => {
      const file = input.files[0];
      let problem = null;
      if (file && file.size > Number(input.dataset.maxBytes)) {
        const mb = (file.size / 1048576).toLocaleString('fr-FR', { maximumFractionDigits: 1 });
        problem = 'L’image pèse ' + mb + ' Mo : elle ne doit pas dépasser ' + Math.round(input.dataset.maxBytes / 1048576) + ' Mo. Réduisez-la ou choisissez-en une autre.';
      } else if (file && !['image/jpeg', 'image/png', 'image/webp'].includes(file.type)) {
        problem = 'Le fichier « ' + file.name + ' » n’est pas une image JPEG, PNG ou WebP : choisissez une photo ou une image dans l’un de ces formats.';
      }
      messages.replaceChildren();
      group.classList.toggle('fr-upload-group--error', problem !== null);
      if (problem) {
        const p = document.createElement('p');
        p.className = 'fr-message fr-message--error';
        p.textContent = problem;
        messages.append(p);
        input.setAttribute('aria-invalid', 'true');
        input.value = '';
      } else {
        input.removeAttribute('aria-invalid');
      }
    });
  }

  function placePin(pin, step) {
    const element = pin.querySelector('[data-si-pin-map]');
    const status = pin.querySelector('[data-si-pin-status]');
    const latitude = form.querySelector('#Input_Latitude');
    const longitude = form.querySelector('#Input_Longitude');
    const moved = form.querySelector('#Input_PointMoved');
    const commune = form.querySelector('#Input_Commune');
    const number = text => { const n = Number(String(text).trim().replace(',', '.')); return text.trim() && isFinite(n) ? n : null; };
    const read = () => { const lat = number(latitude.value), lon = number(longitude.value); return lat === null || lon === null ? null : L.latLng(lat, lon); };
    const french = n => n.toFixed(6).replace(/0+$/, '').replace(/\.$/, '').replace('.', ',');

    element.hidden = false;
    const map = L.map(element, { scrollWheelZoom: false });
    map.attributionControl.setPrefix(false);
    if (pin.dataset.tiles) L.tileLayer(pin.dataset.tiles, { attribution: pin.dataset.attribution, maxZoom: Number(pin.dataset.maxZoom) || 18 }).addTo(map);
    const start = read();
    const marker = L.marker(start || [46.6, 2.4], {
      draggable: true, keyboard: true, title: 'Repère de l’événement',
      alt: 'Repère de l’événement : utilisez les flèches du clavier pour le déplacer',
    }).addTo(map);
    map.setView(marker.getLatLng(), start ? 15 : 5);

    function write(point, byOrganiser) {
      latitude.value = french(point.lat);
      longitude.value = french(point.lng);
      moved.value = byOrganiser ? 'true' : 'false';
      status.textContent = (byOrganiser ? 'Point déplacé : ' : 'Point placé sur la commune : ') + 'latitude ' + latitude.value + ', longitude ' + longitude.value + '.';
    }
    marker.on('dragend', () => write(marker.getLatLng(), true));
    // The arrow keys move the pin by about 20 metres (200 with Shift), not the map.
    marker.getElement().addEventListener('keydown', ev => {
      const moves = { ArrowUp: [1, 0], ArrowDown: [-1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
      if (!(ev.key in moves)) return;
      ev.preventDefault();
      ev.stopPropagation();
      const step = (ev.shiftKey ? 0.002 : 0.0002);
      const here = marker.getLatLng();
      const next = L.latLng(here.lat + moves[ev.key][0] * step, here.lng + moves[ev.key][1] * step / Math.cos(here.lat * Math.PI / 180));
      marker.setLatLng(next);
      map.panTo(next);
      write(next, true);
    });
    [latitude, longitude].forEach(field => field.addEventListener('change', () => {
      const point = read();
      if (!point) return;
      marker.setLatLng(point);
      map.setView(point, Math.max(map.getZoom(), 13));
      moved.value = 'true';
    }));
    // A new commune brings the pin to it (the server places it on the address when it can).
    let placedFor = commune.value.trim();
    commune.addEventListener('change', () => {
      const chosen = commune.value.trim();
      if (!chosen || chosen === placedFor) return; // the same commune again keeps a pin already moved
      placedFor = chosen;
      // « Figeac (46100) » as the list wrote it: the suggestions are asked for the name, or the postal code alone.
      const query = chosen.replace(/\s*\([^)]*\)\s*$/, '');
      fetch('/api/v1/communes?q=' + encodeURIComponent(query), { headers: { Accept: 'application/json' } })
        .then(r => r.ok ? r.json() : [])
        .then(found => {
          const named = found.filter(c => c.name.toLowerCase() === query.toLowerCase());
          const match = found.find(c => c.label === chosen) || (named.length === 1 ? named[0] : null) || (found.length === 1 ? found[0] : null);
          if (!match || match.latitude == null) return;
          const point = L.latLng(match.latitude, match.longitude);
          marker.setLatLng(point);
          map.setView(point, 13);
          write(point, false);
        })
        .catch(() => { /* the server places the point from the commune */ });
    });
    step.addEventListener('si-step-shown', () => { map.invalidateSize(); map.setView(marker.getLatLng(), map.getZoom()); });
  }
})();
