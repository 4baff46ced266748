/*
 * app.js - page enhancements, loaded as an ES module:
 *   <script type="module" src="js/app.js"></script>
 *
 * - starts the gallery lightbox (only on pages that have one)
 * - gallery category filter buttons and the loading spinner
 * - "back to top" button
 * - current year in the footer
 * - friendly message for the contact form (there is no server yet)
 */
import { Lightbox } from './lightbox.js';
import { $$ } from './utils.js';

function initLightbox() {
  const links = $$('[data-lightbox]');
  if (links.length > 0) {
    new Lightbox(links);
  }
}

function initFilters() {
  const buttons = $$('.gallery-filters button');
  const figures = $$('.gallery figure');

  buttons.forEach((button) => {
    button.addEventListener('click', () => {
      const wanted = button.dataset.filter;
      buttons.forEach((b) => b.classList.toggle('is-active', b === button));
      figures.forEach((figure) => {
        const show = wanted === 'all' || figure.dataset.category === wanted;
        figure.classList.toggle('is-hidden', !show);
      });
    });
  });
}

function initBackToTop() {
  const button = document.querySelector('.back-to-top');
  if (!button) return;

  window.addEventListener('scroll', () => {
    button.classList.toggle('is-visible', window.scrollY > 600);
  }, { passive: true });

  button.addEventListener('click', (event) => {
    event.preventDefault();
    window.scrollTo({ top: 0, behavior: 'smooth' });
  });
}

function initGalleryLoading() {
  const note = document.querySelector('.gallery-loading');
  if (!note) return;
  const done = () => note.remove();
  if (document.readyState === 'complete') {
    done();
  } else {
    window.addEventListener('load', done);
  }
}

function initFooterYear() {
  $$('.js-year').forEach((node) => {
    node.textContent = String(new Date().getFullYear());
  });
}

function initContactForm() {
  const form = document.getElementById('contact-form');
  if (!form) return;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const note = document.getElementById('form-note');
    const name = form.elements.name.value.trim() || 'there';
    note.textContent = `Thanks ${name}! We usually answer within two working days.`;
    note.classList.add('is-visible');
    form.reset();
  });
}

initLightbox();
initFilters();
initGalleryLoading();
initBackToTop();
initFooterYear();
initContactForm();
