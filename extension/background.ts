// Entry point named by the build; the code is in src/platform/background/background.ts.
export * from '../src/platform/background/background';
