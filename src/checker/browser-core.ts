/** The checker's validation core as the browser bundles it: the shared pipeline with the browser's validator loader (one chunk per API group). */
import '../validation/loaders/browser.ts';

export { checkAnswer, checkManifest, textLang } from './check.ts';
export type { AnswerRequest, AnswerResult, ManifestResult } from './check.ts';
// The code-block checker itself, so a test can prove the bundle gives the build's findings block for block.
export { checkBlock } from '../validation/block.ts';
