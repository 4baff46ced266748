var badge = new Image();
badge.src = 'images/hero.jpg';
document.getElementById('badge').appendChild(badge);
