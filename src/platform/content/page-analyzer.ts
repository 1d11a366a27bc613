/** The analyser with its model, for the page when the background cannot analyse (page-modules.ts). */
export { analyzeText } from '../../core/analysis/analyze';
export { loadModel } from '../model-loader';
