// The only textlens module with a side effect: registers <text-lens>.
import { TextLensElement } from './widget.js';

TextLensElement.define();

export { TextLensElement };
