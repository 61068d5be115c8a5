// Progressive enhancement: shows upload progress, then a busy state while the server checks the rows.
// Without JavaScript the form posts normally.
(function () {
  var form = document.getElementById('upload');
  if (!form || !window.XMLHttpRequest || !window.FormData) return;
  var bar = document.getElementById('progress');
  var label = document.getElementById('progress-label');
  form.addEventListener('submit', function (event) {
    if (!form.file.files.length) return;
    event.preventDefault();
    var request = new XMLHttpRequest();
    request.open('POST', form.action);
    bar.hidden = false; label.hidden = false;
    form.querySelector('button').disabled = true;
    request.upload.onprogress = function (e) {
      if (e.lengthComputable) bar.value = Math.round(e.loaded * 100 / e.total);
    };
    request.upload.onload = function () { bar.removeAttribute('value'); };
    request.onload = function () {
      if (request.responseURL && request.responseURL !== form.action) { window.location = request.responseURL; return; }
      document.open(); document.write(request.responseText); document.close();
    };
    request.onerror = function () { form.submit(); };
    request.send(new FormData(form));
  });
})();
