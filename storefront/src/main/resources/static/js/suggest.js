// Progressive enhancement: suggestions while typing in the search box, and sort menus that
// apply on change. Without this script every form still works by submitting.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  // Filters start folded so that phones see results first; wide screens open them.
  if (window.matchMedia('(min-width: 56rem)').matches) {
    document.querySelectorAll('details[data-open-wide]').forEach(function (details) { details.open = true; });
  }

  document.addEventListener('change', function (event) {
    if (event.target.matches('select[data-autosubmit]')) {
      event.target.form.submit();
    }
  });

  var input = document.querySelector('input[data-suggest]');
  if (!input) {
    return;
  }
  var list = document.getElementById(input.getAttribute('aria-controls'));
  var timer = null;
  var active = -1;
  var latest = 0;

  function close() {
    list.hidden = true;
    list.textContent = '';
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function highlight(index) {
    var items = list.querySelectorAll('li');
    items.forEach(function (item, i) { item.setAttribute('aria-selected', i === index ? 'true' : 'false'); });
    active = index;
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', items[index].id);
    }
  }

  function show(suggestions) {
    list.textContent = '';
    suggestions.forEach(function (s, i) {
      var item = document.createElement('li');
      item.id = 'suggestion-' + i;
      item.setAttribute('role', 'option');
      item.dataset.url = s.url;
      var name = document.createElement('span');
      name.textContent = s.name;
      var where = document.createElement('span');
      where.className = 'where';
      var stars = document.createElement('span');
      stars.className = 'stars';
      stars.textContent = '★'.repeat(s.stars) + ' ';
      stars.setAttribute('aria-hidden', 'true');
      where.appendChild(stars);
      where.appendChild(document.createTextNode(s.province || ''));
      item.appendChild(name);
      item.appendChild(where);
      item.addEventListener('mousedown', function (event) {
        event.preventDefault();
        window.location.href = s.url;
      });
      list.appendChild(item);
    });
    list.hidden = suggestions.length === 0;
    input.setAttribute('aria-expanded', suggestions.length ? 'true' : 'false');
    active = -1;
  }

  function fetchSuggestions() {
    var text = input.value.trim();
    if (text.length < 2) {
      close();
      return;
    }
    var request = ++latest;
    fetch(input.dataset.suggest + '?q=' + encodeURIComponent(text), { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
      .then(function (body) {
        if (request === latest) {
          show(body.suggestions || []);
        }
      })
      .catch(close);
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, 150);
  });
  input.addEventListener('keydown', function (event) {
    var count = list.querySelectorAll('li').length;
    if (list.hidden || count === 0) {
      return;
    }
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      highlight((active + 1) % count);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      highlight((active - 1 + count) % count);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      window.location.href = list.querySelectorAll('li')[active].dataset.url;
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', function () { setTimeout(close, 100); });
}());
