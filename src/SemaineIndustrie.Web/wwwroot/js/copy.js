// « Copier » buttons: copy the text of the field they name, and say so. Hidden when the browser cannot copy.
(function () {
  "use strict";
  if (!navigator.clipboard) return;
  document.querySelectorAll("[data-si-copy]").forEach(function (button) {
    var field = document.getElementById(button.dataset.siCopy);
    var status = document.querySelector("[data-si-copy-status]");
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(field.value).then(function () {
        if (status) status.textContent = "Texte copié.";
      }, function () {
        field.select();
        if (status) status.textContent = "La copie a échoué : le texte est sélectionné, copiez-le avec Ctrl + C.";
      });
    });
  });
})();
