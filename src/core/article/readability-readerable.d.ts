declare module '@mozilla/readability/Readability-readerable.js' {
  export default function isProbablyReaderable(
    document: Document,
    options?: { minContentLength?: number; minScore?: number; visibilityChecker?: (node: Node) => boolean },
  ): boolean;
}
