/** Firefox's data-collection grant for names from pages (src/platform/wikipedia/data-collection.ts). */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const perms = vi.hoisted(() => ({
  all: {} as Record<string, unknown>,
  answer: false as boolean | Error,
  requested: [] as unknown[],
}));

vi.mock('webextension-polyfill', () => ({
  default: {
    permissions: {
      getAll: async () => perms.all,
      request: async (p: unknown) => {
        perms.requested.push(p);
        if (perms.answer instanceof Error) throw perms.answer;
        return perms.answer;
      },
    },
  },
}));

const { dataCollectionGranted, requestDataCollection } = await import('../../src/platform/wikipedia/data-collection');

beforeEach(() => {
  perms.requested.length = 0;
});

describe('data-collection grant', () => {
  it('is null where the browser has none (Chrome), else whether websiteContent is granted', async () => {
    perms.all = { origins: [], permissions: ['storage'] };
    expect(await dataCollectionGranted()).toBeNull();
    perms.all = { origins: [], permissions: [], data_collection: [] };
    expect(await dataCollectionGranted()).toBe(false);
    perms.all = { origins: [], permissions: [], data_collection: ['websiteContent'] };
    expect(await dataCollectionGranted()).toBe(true);
  });

  it('asks for websiteContent only; a refusal or an error is a no', async () => {
    perms.answer = false;
    expect(await requestDataCollection()).toBe(false);
    perms.answer = new Error('permissions.request may only be called from a user input handler');
    expect(await requestDataCollection()).toBe(false);
    perms.answer = true;
    expect(await requestDataCollection()).toBe(true);
    expect(perms.requested).toEqual(Array(3).fill({ data_collection: ['websiteContent'] }));
  });
});
