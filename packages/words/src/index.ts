/**
 * @chitieu/words: the product's words. `Label`, a text in both languages, and the sentences
 * an officer pastes into a report (`assessment`: what was achieved, against which target, what
 * is still needed), written from the core's figures and verdicts.
 */
export * from './label.js';
export * from './assessment/index.js';
