// Marks the page as scripted, and lists this year's posts: content the script writes.
document.addEventListener('DOMContentLoaded', () => {
  document.documentElement.classList.add('js');
  const list = document.getElementById('recent');
  if (list) {
    for (const title of ['Low tide', 'The lighthouse keeper', 'Harbour lights']) {
      const item = document.createElement('li');
      item.textContent = title;
      list.appendChild(item);
    }
  }
});
