/**
 * A title written before a person's name, as the person's role: "Venezuelan President Nicolas
 * Maduro" -> "Venezuelan President"; a courtesy ("Mr") alone is none.
 */
import { isHonorific } from './titles';
import { clean, type RoleContext } from './role-context';

/** The title run before a name, as written, or null. */
export function titleBefore(ctx: RoleContext, titleFirst: number, first: number): string | null {
  if (titleFirst >= first || namesInside(ctx, titleFirst, first)) return null;
  // "Mr", "Mrs": a courtesy, not a role (the titled form still counts as an alias)
  let informative = false;
  for (let i = titleFirst; i < first; i++) if (!isHonorific(ctx.tokens[i]!.text)) informative = true;
  if (!informative) return null;
  return clean(ctx.text.slice(ctx.tokens[titleFirst]!.start, ctx.tokens[first - 1]!.end));
}

/** Whether a person's name stands among tokens [from, to): then they are no title ("American Kevin King and Australian"). */
export function namesInside(ctx: RoleContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ctx.inPersonName[i]) return true;
  return false;
}
