/*
 * lightbox.js - a tiny, dependency free lightbox for the gallery.
 *
 * Usage:
 *   import { Lightbox } from './lightbox.js';
 *   new Lightbox(document.querySelectorAll('[data-lightbox]'));
 *
 * Each link's href is the large image; data-caption is shown below it.
 */
import { el, assetUrl } from './utils.js';

// loading spinner shown while the large photo downloads
const SPINNER_URL = assetUrl('../images/spinner.gif');

export class Lightbox {
  constructor(links) {
    this.links = Array.from(links);
    this.index = 0;
    if (this.links.length === 0) {
      return;
    }
    this.build();
    this.bind();
  }

  build() {
    this.image = el('img', { class: 'lightbox__image', alt: '' });
    this.spinner = el('img', {
      class: 'lightbox__spinner',
      src: SPINNER_URL,
      alt: 'Loading…',
      width: '48',
      height: '48',
    });
    this.caption = el('p', { class: 'lightbox__caption' });
    this.closeButton = el('button', { class: 'lightbox__close', type: 'button', 'aria-label': 'Close', text: '×' });
    this.prevButton = el('button', { class: 'lightbox__prev', type: 'button', 'aria-label': 'Previous photo', text: '‹' });
    this.nextButton = el('button', { class: 'lightbox__next', type: 'button', 'aria-label': 'Next photo', text: '›' });

    this.root = el('div', { class: 'lightbox', role: 'dialog', 'aria-modal': 'true', 'aria-label': 'Photo viewer' }, [
      this.spinner,
      this.image,
      this.caption,
      this.closeButton,
      this.prevButton,
      this.nextButton,
    ]);
    document.body.appendChild(this.root);
  }

  bind() {
    this.links.forEach((link, i) => {
      link.addEventListener('click', (event) => {
        event.preventDefault();
        this.open(i);
      });
    });

    this.closeButton.addEventListener('click', () => this.close());
    this.prevButton.addEventListener('click', () => this.show(this.index - 1));
    this.nextButton.addEventListener('click', () => this.show(this.index + 1));

    // click on the dark background closes the viewer
    this.root.addEventListener('click', (event) => {
      if (event.target === this.root) {
        this.close();
      }
    });

    this.image.addEventListener('load', () => {
      this.spinner.hidden = true;
      this.image.style.visibility = 'visible';
    });

    document.addEventListener('keydown', (event) => {
      if (!this.root.classList.contains('is-open')) {
        return;
      }
      if (event.key === 'Escape') this.close();
      if (event.key === 'ArrowLeft') this.show(this.index - 1);
      if (event.key === 'ArrowRight') this.show(this.index + 1);
    });
  }

  visibleLinks() {
    // skip photos hidden by the gallery filter
    return this.links.filter((link) => !link.closest('.is-hidden'));
  }

  open(i) {
    this.root.classList.add('is-open');
    document.body.style.overflow = 'hidden';
    this.show(i, this.links[i]);
    this.closeButton.focus();
  }

  show(i, link) {
    const visible = this.visibleLinks();
    if (!link) {
      const current = this.links[this.index];
      let pos = visible.indexOf(current) + (i - this.index);
      pos = (pos + visible.length) % visible.length;
      link = visible[pos];
    }
    this.index = this.links.indexOf(link);

    this.spinner.hidden = false;
    this.image.style.visibility = 'hidden';
    this.image.src = link.href;
    this.image.alt = link.querySelector('img') ? link.querySelector('img').alt : '';
    this.caption.textContent = link.dataset.caption || '';
  }

  close() {
    this.root.classList.remove('is-open');
    document.body.style.overflow = '';
    this.image.removeAttribute('src');
    if (this.links[this.index]) {
      this.links[this.index].focus();
    }
  }
}
