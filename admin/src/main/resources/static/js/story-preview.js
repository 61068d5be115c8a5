// Renders the story preview while the producer types; without this script the Preview button does the same.
(function () {
  var story = document.getElementById('story');
  var preview = document.getElementById('story-preview');
  if (!story || !preview || !window.fetch) return;
  var form = story.form;
  var timer;
  story.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var body = new URLSearchParams();
      body.set('story', story.value);
      var csrf = form.querySelector('input[name="_csrf"]');
      if (csrf) body.set('_csrf', csrf.value);
      fetch(story.dataset.preview, { method: 'POST', body: body, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) { if (html !== null) preview.innerHTML = html; });
    }, 300);
  });
  // typed before this script ran (it is deferred): preview that too
  if (story.value !== story.defaultValue) story.dispatchEvent(new Event('input'));
})();
