/**
 * Draws Gloss's toolbar icons (assets/icons/gloss-{16,32,48,128}.png): a teal rounded square
 * with a white speech mark over a text line, supersampled for smooth edges. Run with
 * `npx tsx scripts/make-icons.ts`; the PNGs are committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PNG } from 'pngjs';

const out = resolve(import.meta.dirname, '../assets/icons');
mkdirSync(out, { recursive: true });

/** Coverage of the shape at (x, y) in a unit square: 0 transparent, 1 teal, 2 white. */
function shape(x: number, y: number): 0 | 1 | 2 {
  const r = 0.2;
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  if (dx * dx + dy * dy > r * r) return 0;
  // A quotation mark: two filled circles with tails, upper half.
  for (const cx of [0.36, 0.62]) {
    const d = Math.hypot(x - cx, y - 0.36);
    if (d < 0.1) return 2;
    if (x > cx - 0.02 && x < cx + 0.1 && y > 0.36 && y < 0.52 && x - (cx + 0.1) < -(y - 0.36) * 0.55) return 2;
  }
  // A line of text below it.
  if (y > 0.66 && y < 0.74 && x > 0.24 && x < 0.76) return 2;
  return 1;
}

for (const size of [16, 32, 48, 128]) {
  const png = new PNG({ width: size, height: size });
  const ss = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let teal = 0;
      let white = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const v = shape((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (v === 1) teal++;
          else if (v === 2) white++;
        }
      }
      const n = ss * ss;
      const a = (teal + white) / n;
      const i = (py * size + px) * 4;
      const w = a > 0 ? white / (teal + white) : 0;
      png.data[i] = Math.round(11 + (255 - 11) * w);
      png.data[i + 1] = Math.round(110 + (255 - 110) * w);
      png.data[i + 2] = Math.round(110 + (255 - 110) * w);
      png.data[i + 3] = Math.round(a * 255);
    }
  }
  writeFileSync(resolve(out, `gloss-${size}.png`), PNG.sync.write(png));
}
console.log(`icons written to ${out}`);
