/** Importing this module registers `<text-lens>` in the global custom element registry. */
export { TextLensElement } from './widget.js';
