// Entry point named by the build; the code is in src/platform/offscreen/offscreen.ts.
import '../../src/platform/offscreen/offscreen';
