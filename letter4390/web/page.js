// Progressive enhancement only: the form works as a plain POST without this file.
// Adds drag and drop onto the drop zone, shows the chosen file, refuses an oversized file before
// uploading it, and tells the user that reading is under way.
(function () {
  "use strict";
  var form = document.querySelector("[data-upload-form]");
  if (!form) {
    var alertBox = document.getElementById("error");
    if (alertBox) { alertBox.focus(); }
    return;
  }
  var zone = form.querySelector("[data-drop-zone]");
  var input = form.querySelector("input[type=file]");
  var chosen = form.querySelector("[data-chosen]");
  var working = form.querySelector("[data-working]");
  var button = form.querySelector("button[type=submit]");
  var maxBytes = parseInt(form.getAttribute("data-max-bytes"), 10);
  var error = document.getElementById("error");
  if (error) { error.focus(); }

  function showChosen() {
    var file = input.files && input.files[0];
    chosen.textContent = file ? chosen.getAttribute("data-template").replace("{name}", file.name) : "";
    input.setCustomValidity(file && maxBytes && file.size > maxBytes ? form.getAttribute("data-too-large") : "");
  }

  input.addEventListener("change", showChosen);
  ["dragenter", "dragover"].forEach(function (name) {
    zone.addEventListener(name, function (event) {
      event.preventDefault();
      zone.classList.add("is-dragging");
    });
  });
  ["dragleave", "dragend", "drop"].forEach(function (name) {
    zone.addEventListener(name, function (event) {
      if (name !== "dragleave" || !zone.contains(event.relatedTarget)) { zone.classList.remove("is-dragging"); }
    });
  });
  zone.addEventListener("drop", function (event) {
    event.preventDefault();
    if (event.dataTransfer && event.dataTransfer.files.length) {
      input.files = event.dataTransfer.files;
      showChosen();
      input.focus();
    }
  });
  form.addEventListener("submit", function (event) {
    showChosen();
    if (!input.checkValidity()) {
      event.preventDefault();
      input.reportValidity();
      return;
    }
    working.hidden = false;
    button.disabled = true;
  });
  // Coming back with the browser's Back button: the form is usable again.
  window.addEventListener("pageshow", function () {
    working.hidden = true;
    button.disabled = false;
  });
})();
