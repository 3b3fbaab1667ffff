// Sceptic's engine: text in, judged claims out. No DOM, no browser APIs, no clock, no
// randomness: the same blocks always give the same report. This is its public entry:
//   analyse(blocks)        a page's text blocks → every claim judged, the page scored and graded
//   createAnalyser()       the same, reading again only the blocks that changed
//   scoreClaim(text)       one piece of text judged as a single claim
// The pipeline behind them is heuristics/pipeline.ts.
export { type Analyser, type AnalyserStats, createAnalyser } from './incremental';
export { analyse, MAX_CLAIM_CHARS, type ScoreClaimOptions, scoreClaim } from './pipeline';
export { segment } from './segment';
export { productPageEvidence } from './signals';
export type * from './types';
export { ENGINE_VERSION } from './version';
