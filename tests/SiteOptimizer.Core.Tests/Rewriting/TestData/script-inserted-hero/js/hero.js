import { HERO_URL } from './photos.js';

const image = document.createElement('img');
image.src = HERO_URL;
image.alt = '';
document.getElementById('hero').append(image);
