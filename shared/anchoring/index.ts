// Public face of anchoring: make quote selectors and re-find spans in changed texts.
export { makeQuoteSelector, type QuoteSelector, type AnchorSelector } from './quote-selector';
export { reanchor, prepareText, type AnchorResult, type AnchorStatus, type PreparedText } from './reanchor';
