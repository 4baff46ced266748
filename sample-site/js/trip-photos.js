/*
 * trip-photos.js - the banner photo of the trips page.
 *
 * The URL is resolved against this module, so a page in any folder can use it.
 */
export const bannerPhoto = {
  url: new URL('../images/gallery/mountain-sunset.jpg', import.meta.url).href,
  alt: 'Sun setting over a rocky summit plateau',
  width: 2048,
  height: 1365,
};
