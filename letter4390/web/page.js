// Progressive enhancement only: the form works as a plain POST without this file.
// Adds drag and drop onto the drop zone, lists the chosen files in the order they will be read (one
// photo per page) with buttons to move and remove each, refuses an oversized upload before sending it,
// and tells the user that reading is under way.
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

  function files() { return Array.prototype.slice.call(input.files || []); }

  // The input's FileList can't be edited; a DataTransfer builds a new one in the wanted order.
  function setFiles(list) {
    if (typeof DataTransfer === "undefined") { return false; }
    var transfer = new DataTransfer();
    list.forEach(function (file) { transfer.items.add(file); });
    input.files = transfer.files;
    return true;
  }

  function smallButton(label, name, onClick) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "small-button";
    b.textContent = label;
    b.setAttribute("aria-label", label + ": " + name);
    b.addEventListener("click", onClick);
    return b;
  }

  function move(index, by) {
    var list = files();
    var target = index + by;
    if (target < 0 || target >= list.length) { return; }
    var item = list.splice(index, 1)[0];
    list.splice(target, 0, item);
    if (setFiles(list)) { showChosen(target, by < 0 ? "up" : "down"); }
  }

  function removeAt(index) {
    var list = files();
    list.splice(index, 1);
    if (setFiles(list)) { showChosen(Math.min(index, list.length - 1), "remove"); }
  }

  function showChosen(focusIndex, focusKind) {
    var list = files();
    chosen.textContent = "";
    var total = list.reduce(function (sum, file) { return sum + file.size; }, 0);
    input.setCustomValidity(maxBytes && total > maxBytes ? form.getAttribute("data-too-large") : "");
    if (!list.length) { return; }
    var heading = document.createElement("h2");
    heading.textContent = chosen.getAttribute("data-title");
    var ol = document.createElement("ol");
    ol.className = "page-list";
    list.forEach(function (file, index) {
      var li = document.createElement("li");
      li.setAttribute("data-page-item", file.name);
      var name = document.createElement("span");
      name.className = "page-name";
      name.textContent = chosen.getAttribute("data-page").replace("{n}", String(index + 1)) + ": " + file.name;
      li.appendChild(name);
      if (list.length > 1) {
        var up = smallButton(chosen.getAttribute("data-up"), file.name, function () { move(index, -1); });
        var down = smallButton(chosen.getAttribute("data-down"), file.name, function () { move(index, 1); });
        up.disabled = index === 0;
        down.disabled = index === list.length - 1;
        up.setAttribute("data-move-up", "");
        down.setAttribute("data-move-down", "");
        li.appendChild(up);
        li.appendChild(down);
      }
      var remove = smallButton(chosen.getAttribute("data-remove"), file.name, function () { removeAt(index); });
      remove.setAttribute("data-remove-page", "");
      li.appendChild(remove);
      ol.appendChild(li);
    });
    chosen.appendChild(heading);
    chosen.appendChild(ol);
    // Keep keyboard focus on the page just moved (or where the removed one was).
    if (focusIndex !== undefined && focusIndex >= 0) {
      var item = ol.children[focusIndex];
      var selector = focusKind === "up" ? "[data-move-up]" : focusKind === "down" ? "[data-move-down]" : "[data-remove-page]";
      var target = item && item.querySelector(selector);
      if (target && target.disabled) { target = item.querySelector("button:not([disabled])"); }
      if (target) { target.focus(); }
    } else if (focusKind === "remove") {
      input.focus();
    }
  }

  input.addEventListener("change", function () { showChosen(); });
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
    showChosen();
  });
})();
