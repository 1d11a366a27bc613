/**
 * Firefox's built-in data-collection consent (Firefox 140+): the manifest declares names from the
 * page as optional `websiteContent`. Firefox does not block requests without the grant, so Gloss
 * checks it itself before looking names up for every card. Other browsers have no such grant.
 * permissions.request works only in an extension page's user-input handler (the settings page),
 * never from a content script, so the card's one-off "Look up on Wikipedia" does not need it:
 * that click is the reader's yes for that one name.
 */
import browser from 'webextension-polyfill';

const WEBSITE_CONTENT = 'websiteContent';

interface DataCollectionPermissions {
  getAll(): Promise<{ data_collection?: string[] }>;
  request(p: { data_collection: string[] }): Promise<boolean>;
}

const permissions = () => browser.permissions as unknown as DataCollectionPermissions | undefined;

/** Whether Firefox holds the reader's grant; null where the browser has no such grant. */
export async function dataCollectionGranted(): Promise<boolean | null> {
  // A feature check, not a browser switch: the answer says whether the browser keeps this grant.
  try {
    const all = await permissions()?.getAll();
    return Array.isArray(all?.data_collection) ? all.data_collection.includes(WEBSITE_CONTENT) : null;
  } catch {
    return null;
  }
}

/**
 * Asks Firefox for the grant. Call it first thing in a trusted input handler of an extension
 * page: after an await, Firefox no longer counts the call as the reader's.
 */
export function requestDataCollection(): Promise<boolean> {
  try {
    return (permissions()?.request({ data_collection: [WEBSITE_CONTENT] }) ?? Promise.resolve(false)).catch(
      () => false,
    );
  } catch {
    return Promise.resolve(false);
  }
}
