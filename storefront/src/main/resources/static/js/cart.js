// "Thêm vào giỏ" without leaving the page: the form posts as it would, asking for JSON, and the header's count follows.
// Without this script (or when the request fails) the form posts and the page comes back with a notice.
(function () {
  'use strict';
  var count = document.querySelector('[data-cart-count]');
  document.querySelectorAll('form.add-to-cart').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.fetch || !count) {
        return;
      }
      event.preventDefault();
      var button = form.querySelector('button');
      fetch(form.action, { method: 'POST', body: new URLSearchParams(new FormData(form)), headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (response) { return response.json().then(function (body) { return { ok: response.ok, body: body }; }); })
        .then(function (answer) {
          if (!answer.ok) {
            form.submit();
            return;
          }
          count.textContent = answer.body.units;
          if (button) {
            button.textContent = button.getAttribute('data-added') || button.textContent;
            button.classList.add('added');
          }
        })
        .catch(function () { form.submit(); });
    });
  });
}());
