// The event form: one step shown at a time (all of them without script), and the commune autocomplete.
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
  show(current);

})();
