/*
 * utils.js - small DOM helpers shared by the modules.
 */

/** Shorthand for querySelectorAll that returns a real array. */
export function $$(selector, root = document) {
  return Array.from(root.querySelectorAll(selector));
}

/** Create an element with attributes and optional children. */
export function el(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'text') {
      node.textContent = value;
    } else {
      node.setAttribute(name, value);
    }
  }
  for (const child of children) {
    node.appendChild(child);
  }
  return node;
}

/** Resolve a path relative to this module (works from any sub folder). */
export function assetUrl(relativePath) {
  return new URL(relativePath, import.meta.url).href;
}
