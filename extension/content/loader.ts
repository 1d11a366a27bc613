// Entry point named by the build; the code is in src/platform/content/loader.ts.
import '../../src/platform/content/loader';
