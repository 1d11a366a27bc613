/**
 * Removes the HTML-parsing sinks from the libraries we bundle, so the built extension holds no
 * `innerHTML =` at all (and `web-ext lint` has nothing to warn about):
 * - Readability parses two strings on its own detached clone of the page; DOMParser does the
 *   same job into an inert document.
 * - Preact's dangerouslySetInnerHTML, which Gloss never uses (ESLint forbids it), now throws.
 *
 * Each patch is applied to one library module's source as vite loads it (keyed on the module's
 * path), never to built chunks, and only in the build: Node (the command line, unit tests) has
 * no DOMParser. A library update that changes a patched line fails the build, so a patch is
 * never silently skipped; tests/unit/build-html-sinks.test.ts applies them to the installed
 * libraries.
 */
import type { Plugin } from 'vite';

export interface SourcePatch {
  /** The module's path inside node_modules, with forward slashes. */
  module: string;
  from: string;
  to: string;
}

export const SINK_PATCHES: readonly SourcePatch[] = [
  {
    module: '@mozilla/readability/Readability.js',
    from: 'page.innerHTML = pageCacheHtml;',
    to: "page.replaceChildren(...new DOMParser().parseFromString('<body>' + pageCacheHtml, 'text/html').body.childNodes);",
  },
  {
    module: '@mozilla/readability/Readability.js',
    from: 'tmp.innerHTML = noscript.innerHTML;',
    to: "tmp.replaceChildren(...new DOMParser().parseFromString('<body>' + noscript.innerHTML, 'text/html').body.childNodes);",
  },
  {
    module: 'preact/dist/preact.mjs',
    from: '(t.innerHTML=h.__html)',
    to: '(()=>{throw Error("Gloss never renders HTML")})()',
  },
];

/** Whether a module id (an absolute path, maybe with a query) is `node_modules/<module>`. */
function isModule(id: string, module: string): boolean {
  return id.split('?')[0]!.replaceAll('\\', '/').endsWith(`/node_modules/${module}`);
}

/**
 * `code` (the source of module `id`) with the patches for that module applied, or null when none
 * is for it. Throws when a patch's line is not there: the library changed, review the patch.
 */
export function patchModule(id: string, code: string, patches: readonly SourcePatch[] = SINK_PATCHES): string | null {
  const mine = patches.filter((p) => isModule(id, p.module));
  if (!mine.length) return null;
  let out = code;
  for (const p of mine) {
    if (!out.includes(p.from))
      throw new Error(
        `${id}: expected \`${p.from}\` to patch; the library changed, review scripts/build/html-sinks.ts`,
      );
    out = out.replace(p.from, p.to);
  }
  return out;
}

export function removeHtmlSinks(): Plugin {
  return {
    name: 'gloss-remove-html-sinks',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      try {
        const out = patchModule(id, code);
        return out === null ? null : { code: out, map: null };
      } catch (e) {
        this.error(e instanceof Error ? e.message : String(e));
      }
    },
  };
}
