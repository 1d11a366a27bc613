/**
 * The content app's entry (app/content-app.js): loaded by content.js (loader.ts) with a dynamic
 * import, so none of this (Readability, the model, Preact) costs anything on pages that are not
 * articles. The parts are put together in compose.ts; here they get the extension itself.
 */
import { composeContentApp, type ContentApp } from './compose';
import { extensionEdge } from './extension-edge';

export type { ContentApp } from './compose';

export function createContentApp(): Promise<ContentApp> {
  return composeContentApp(extensionEdge);
}
