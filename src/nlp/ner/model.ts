/** The trained entity recognizer's weights (assets/model/ner-model.json). Filled by the NER work. */
export interface NerModel {
  version: number;
}

export function parseNerModel(json: unknown): NerModel {
  if (!json || typeof json !== 'object' || typeof (json as { version?: unknown }).version !== 'number') {
    throw new Error('Not a Gloss NER model');
  }
  return json as NerModel;
}
