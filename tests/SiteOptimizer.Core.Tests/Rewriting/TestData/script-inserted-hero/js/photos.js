// Resolved against this module, so the page can be in any folder.
export const HERO_URL = new URL('../images/hero.jpg', import.meta.url).href;
