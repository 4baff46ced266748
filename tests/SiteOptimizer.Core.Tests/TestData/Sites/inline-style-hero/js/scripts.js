// Opens and closes the navbar's menu, the way Bootstrap's collapse toggles its "show" class.
window.addEventListener('DOMContentLoaded', () => {
  const toggler = document.querySelector('.navbar-toggler');
  const menu = document.getElementById(toggler.getAttribute('aria-controls'));
  toggler.addEventListener('click', () => {
    const open = menu.classList.toggle('show');
    toggler.setAttribute('aria-expanded', String(open));
  });
  document.body.dataset.scriptsRan = 'yes';
});
