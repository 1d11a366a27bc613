/** Loads the bundled NER model from assets/ for Node (the extension fetches the same file). */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseNerModel, type NerModel } from '../core/nlp/ner/model';

export const MODEL_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../assets/model/ner-model.json');

let cached: NerModel | null = null;

export function loadNerModelFile(path = MODEL_PATH): NerModel {
  if (!cached || path !== MODEL_PATH) {
    const model = parseNerModel(JSON.parse(readFileSync(path, 'utf8')));
    if (path !== MODEL_PATH) return model;
    cached = model;
  }
  return cached;
}
