/*
 * menu.js - mobile navigation toggle (classic script, no modules)
 * Shows / hides the main navigation on small screens and keeps
 * aria-expanded in sync for screen readers.
 */
(function () {
  'use strict';

  var toggle = document.querySelector('.nav-toggle');
  var nav = document.getElementById('main-nav');

  if (!toggle || !nav) {
    return;
  }

  function setOpen(open) {
    nav.classList.toggle('is-open', open);
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    toggle.textContent = open ? 'Close' : 'Menu';
  }

  toggle.addEventListener('click', function () {
    var isOpen = toggle.getAttribute('aria-expanded') === 'true';
    setOpen(!isOpen);
  });

  // Close the menu with the Escape key
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && nav.classList.contains('is-open')) {
      setOpen(false);
      toggle.focus();
    }
  });

  // When the window gets wide again, reset the menu state
  window.addEventListener('resize', function () {
    if (window.innerWidth > 800 && nav.classList.contains('is-open')) {
      setOpen(false);
    }
  });
})();
