// Entry point named by the build; the code is in src/platform/options/options.tsx.
import '../../src/platform/options/options';
