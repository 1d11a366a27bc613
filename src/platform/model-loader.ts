/** The entity model, fetched from the extension's own files once per context and parsed. */
import browser from 'webextension-polyfill';
import { parseNerModel, type NerModel } from '../core/nlp/ner/model';

let modelPromise: Promise<NerModel> | null = null;

export function loadModel(): Promise<NerModel> {
  modelPromise ??= fetch(browser.runtime.getURL('model/ner-model.json'))
    .then((r) => {
      if (!r.ok) throw new Error(`model file: HTTP ${r.status}`);
      return r.json();
    })
    .then(parseNerModel);
  // A failed load is retried next time rather than remembered.
  modelPromise.catch(() => (modelPromise = null));
  return modelPromise;
}
