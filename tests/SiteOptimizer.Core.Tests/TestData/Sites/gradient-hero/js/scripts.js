// The navbar's menu toggle, and a reveal on scroll: content fades in as it enters the viewport.
document.addEventListener('DOMContentLoaded', () => {
  const toggler = document.querySelector('.navbar-toggler');
  const menu = document.querySelector('.navbar-menu');
  toggler.addEventListener('click', () => menu.classList.toggle('show'));
  const observer = new IntersectionObserver(entries => {
    for (const entry of entries) {
      if (entry.isIntersecting) {
        entry.target.classList.add('visible');
        observer.unobserve(entry.target);
      }
    }
  });
  document.querySelectorAll('.reveal').forEach(element => observer.observe(element));
});
