/**
 * Block builders. Plain text and markdown (fromText), a live or parsed DOM (fromDocument: no Node APIs, runs
 * in the content script too) and an HTML string parsed with linkedom in Node (fromHtml).
 * The content script should import './fromDocument' directly: this index also pulls in linkedom.
 */
export type { Block, BlockKind } from './types';
export { blocksFromText, buildFromText } from './fromText';
export { blocksFromDocument, pageMetaFromDocument } from './fromDocument';
export { blocksFromHtml } from './fromHtml';
