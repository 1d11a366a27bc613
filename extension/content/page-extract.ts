// Entry point named by the build; the code is in src/platform/content/page-extract.ts.
export * from '../../src/platform/content/page-extract';
