/**
 * The sidebar's copy (src/platform/content/copy-text.ts) never uses the page's copy command, whose
 * copy event page script can answer with other text: the content script's clipboard first, then
 * the extension's (the copy-text message, checked by parseContentMessage).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_COPY_CHARS, parseContentMessage } from '../../src/protocol';

const runtime = vi.hoisted(() => ({ sendMessage: vi.fn(async (_m: unknown): Promise<unknown> => true) }));
vi.mock('webextension-polyfill', () => ({ default: { runtime } }));
const { copyText } = await import('../../src/platform/content/copy-text');
const { runtimeMessenger } = await import('../../src/platform/content/messaging');

function stubPage(writeText: (t: string) => Promise<void>) {
  const execCommand = vi.fn(() => true);
  vi.stubGlobal('navigator', { clipboard: { writeText: vi.fn(writeText) } });
  vi.stubGlobal('document', { execCommand, createElement: vi.fn(), body: { appendChild: vi.fn() } });
  return execCommand;
}

afterEach(() => {
  vi.unstubAllGlobals();
  runtime.sendMessage.mockClear();
});

describe('copying the briefing', () => {
  it("uses the content script's clipboard when the page allows it", async () => {
    const exec = stubPage(async () => {});
    await copyText('# Briefing', runtimeMessenger);
    expect(runtime.sendMessage).not.toHaveBeenCalled();
    expect(exec).not.toHaveBeenCalled();
  });

  it("asks the extension when the page forbids the clipboard, never the page's copy command", async () => {
    const exec = stubPage(async () => {
      throw new DOMException('Write permission denied.', 'NotAllowedError');
    });
    await copyText('# Briefing', runtimeMessenger);
    expect(runtime.sendMessage).toHaveBeenCalledWith({ type: 'copy-text', text: '# Briefing' });
    expect(exec).not.toHaveBeenCalled();
  });

  it('fails in words when neither can copy', async () => {
    stubPage(async () => {
      throw new Error('no');
    });
    runtime.sendMessage.mockRejectedValueOnce(new Error('no background'));
    await expect(copyText('x', runtimeMessenger)).rejects.toThrow('the browser did not let Gloss use the clipboard');
  });

  it('the background takes only a well-formed copy-text message', () => {
    expect(parseContentMessage({ type: 'copy-text', text: 'a' })).toEqual({ type: 'copy-text', text: 'a' });
    expect(parseContentMessage({ type: 'copy-text', text: 3 })).toBeNull();
    expect(parseContentMessage({ type: 'copy-text', text: 'a', extra: 1 })).toBeNull();
    expect(parseContentMessage({ type: 'copy-text', text: 'x'.repeat(MAX_COPY_CHARS + 1) })).toBeNull();
  });
});
