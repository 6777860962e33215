/** The workflow types the worker registers. */
export { interpreter } from './interpreter.js';
