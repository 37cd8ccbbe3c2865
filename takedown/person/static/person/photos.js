/* Fingerprints the person's photos on their device with TakedownPDQ (cases/js/pdq.js) and
 * posts only the fingerprints and the names they choose. A photo the browser cannot read
 * (HEIC outside Safari) can be sent to the server path instead, only when the person asks.
 * Without this script the page's plain upload form does the server path. */
(function () {
  "use strict";

  var app = document.getElementById("photo-app");
  if (!app || !window.TakedownPDQ || !window.fetch || !window.createImageBitmap) {
    return; // the plain upload form stays
  }
  // Django's JavaScript catalogue defines these; without it the English text stays.
  var gettext = window.gettext || function (text) { return text; };
  var interpolate = window.interpolate || function (fmt, obj) {
    return fmt.replace(/%\(\w+\)s/g, function (m) { return String(obj[m.slice(2, -2)]); });
  };

  var picker = document.getElementById("photo-picker");
  var list = document.getElementById("photo-list");
  var save = document.getElementById("photo-save");
  var errors = document.getElementById("photo-errors");
  var errorList = document.getElementById("photo-error-list");
  var csrf = document.querySelector("#photo-fallback input[name=csrfmiddlewaretoken]").value;
  var photos = [];
  var counter = 0;

  // Hashing runs in a Web Worker where the browser can (OffscreenCanvas there), so a
  // large photo does not freeze the page; otherwise, or if the worker fails, right here.
  var worker = null;
  var pending = {};
  var jobs = 0;
  if (window.Worker && window.OffscreenCanvas && app.dataset.workerUrl) {
    try {
      worker = new Worker(app.dataset.workerUrl);
      worker.onmessage = function (event) {
        var job = pending[event.data.id];
        delete pending[event.data.id];
        if (!job) {
          return;
        }
        if (event.data.result) {
          job.resolve(event.data.result);
        } else if (event.data.error && event.data.error.code === "browser_unsupported") {
          TakedownPDQ.hashBlob(job.file).then(job.resolve, job.reject);
        } else {
          job.reject(event.data.error || {});
        }
      };
      worker.onerror = function () {
        worker = null;
        Object.keys(pending).forEach(function (id) {
          var job = pending[id];
          delete pending[id];
          TakedownPDQ.hashBlob(job.file).then(job.resolve, job.reject);
        });
      };
    } catch (error) {
      worker = null;
    }
  }

  function hash(file) {
    if (!worker) {
      return TakedownPDQ.hashBlob(file);
    }
    return new Promise(function (resolve, reject) {
      jobs += 1;
      pending[jobs] = { file: file, resolve: resolve, reject: reject };
      worker.postMessage({ id: jobs, file: file, pdq: app.dataset.pdqUrl });
    });
  }

  app.hidden = false;
  document.getElementById("photo-fallback").hidden = true;

  function showErrors(items) {
    errorList.textContent = "";
    items.forEach(function (item) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = item.href || "#photo-picker";
      a.textContent = item.text;
      li.appendChild(a);
      errorList.appendChild(li);
    });
    errors.hidden = items.length === 0;
    if (items.length) {
      errors.focus();
    }
  }

  function element(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  function addPhoto(file) {
    counter += 1;
    var id = "photo-" + counter;
    var photo = { id: id, file: file, fingerprint: null, done: false };
    var box = element("div", { "class": "takedown-photo", id: id });
    var heading = element("h2", { "class": "govuk-heading-s" },
      interpolate(gettext("Photo %(number)s"), { number: counter }, true));

    // The person's own photo, from their own device, blurred until they tap it.
    var preview = element("button", {
      type: "button", "class": "takedown-preview", "aria-pressed": "false",
      "aria-label": gettext("Show or blur this photo")
    });
    var img = element("img", { alt: "" });
    img.src = URL.createObjectURL(file);
    preview.appendChild(img);
    preview.addEventListener("click", function () {
      preview.setAttribute("aria-pressed",
        preview.getAttribute("aria-pressed") === "true" ? "false" : "true");
    });

    var group = element("div", { "class": "govuk-form-group" });
    var label = element("label", { "class": "govuk-label", "for": id + "-label" },
      gettext("A name for this photo"));
    var hint = element("div", { "class": "govuk-hint", id: id + "-hint" },
      gettext("Only you and your caseworker see it. For example, “beach photo”."));
    var input = element("input", {
      "class": "govuk-input", id: id + "-label", type: "text", maxlength: "100",
      autocomplete: "off", "aria-describedby": id + "-hint"
    });
    group.appendChild(label);
    group.appendChild(hint);
    group.appendChild(input);

    var status = element("p", { "class": "govuk-body", role: "status" },
      gettext("Making the fingerprint…"));
    box.appendChild(heading);
    box.appendChild(preview);
    box.appendChild(group);
    box.appendChild(status);
    list.appendChild(box);
    photo.input = input;
    photo.status = status;
    photo.box = box;
    photos.push(photo);

    hash(file).then(function (result) {
      // Only these leave the device: no pixels, no file name, no EXIF data.
      photo.fingerprint = {
        hash: result.hash, quality: result.quality, hashes: result.hashes,
        crops: result.crops, phash: result.phashes[0], phash_dihedral: result.phashes,
        width: result.width, height: result.height
      };
      photo.done = true;
      status.textContent = gettext("Fingerprint ready.");
      updateSave();
    }, function (error) {
      photo.done = true;
      photo.failed = true;
      var message = error && error.code ? TakedownPDQ.messageFor(error.code) : String(error);
      status.textContent = message + " " +
        gettext("You can send this photo to our server instead: it makes the fingerprint in memory and keeps nothing of the photo.");
      var send = element("button", { type: "button", "class": "govuk-button govuk-button--secondary" },
        gettext("Fingerprint it on our server"));
      send.addEventListener("click", function () { uploadOne(photo, send); });
      box.appendChild(send);
      updateSave();
    });
  }

  function updateSave() {
    save.hidden = !photos.some(function (p) { return p.fingerprint && !p.saved; });
  }

  function labelOf(photo) {
    return photo.input.value.trim();
  }

  function missingLabels(chosen) {
    return chosen.filter(function (p) { return !labelOf(p); }).map(function (p) {
      return { href: "#" + p.input.id, text: gettext("Give each photo a name, so you can tell it from the others") };
    });
  }

  function uploadOne(photo, button) {
    var missing = missingLabels([photo]);
    if (missing.length) {
      showErrors(missing);
      return;
    }
    button.disabled = true;
    photo.status.textContent = gettext("Sending to our server…");
    var body = new FormData();
    body.append("csrfmiddlewaretoken", csrf);
    body.append("label", labelOf(photo));
    body.append("photo", photo.file);
    fetch(app.dataset.uploadUrl, {
      method: "POST", body: body, credentials: "same-origin",
      headers: { Accept: "application/json" }
    }).then(function (response) {
      return response.json().then(function (data) { return { ok: response.ok, data: data }; });
    }).then(function (reply) {
      if (!reply.ok) {
        button.disabled = false;
        photo.status.textContent = reply.data.errors.join(" ");
        return;
      }
      photo.saved = true;
      button.remove();
      photo.status.textContent = gettext("Fingerprint saved. Our server kept nothing of the photo.");
      updateSave();
      if (photos.every(function (p) { return p.saved; })) {
        window.location.assign(app.dataset.photosUrl);
      }
    }, function () {
      button.disabled = false;
      photo.status.textContent = gettext("Could not reach our server. Check your connection and try again.");
    });
  }

  picker.addEventListener("change", function () {
    showErrors([]);
    Array.prototype.forEach.call(picker.files, addPhoto);
    picker.value = ""; // let go of the files; the previews keep what they need
  });

  save.addEventListener("click", function () {
    var chosen = photos.filter(function (p) { return p.fingerprint && !p.saved; });
    var missing = missingLabels(chosen);
    if (missing.length) {
      showErrors(missing);
      return;
    }
    showErrors([]);
    save.disabled = true;
    fetch(app.dataset.fingerprintsUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrf },
      body: JSON.stringify({
        photos: chosen.map(function (p) { return { label: labelOf(p), fingerprint: p.fingerprint }; })
      })
    }).then(function (response) {
      return response.json().then(function (data) { return { ok: response.ok, data: data }; });
    }).then(function (reply) {
      save.disabled = false;
      if (!reply.ok) {
        showErrors(reply.data.errors.map(function (text) { return { text: text }; }));
        return;
      }
      chosen.forEach(function (p) { p.saved = true; });
      if (photos.every(function (p) { return p.saved || !p.failed; })) {
        window.location.assign(reply.data.next);
      } else {
        updateSave();
      }
    }, function () {
      save.disabled = false;
      showErrors([{ text: gettext("Could not reach our server. Check your connection and try again.") }]);
    });
  });
})();
