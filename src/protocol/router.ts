/**
 * One router per receiver (the background, the content script, the offscreen document): the
 * receiver's schemas read each message, and its table of handlers, one per message type, answers
 * it. The compiler holds the table to the protocol: a handler for every message, each answering
 * with that message's reply type.
 */

/** A handler for each message type `M` has, answering with its reply in `R`. */
export type RouteTable<M extends { type: string }, R extends Record<M['type'], unknown>, Ctx> = {
  [K in M['type']]: (msg: Extract<M, { type: K }>, ctx: Ctx) => R[K] | Promise<R[K]>;
};

export interface Router<M extends { type: string }, Ctx> {
  /**
   * The answer to `raw`, or null when it is not one of the receiver's messages (the receiver
   * decides what a refusal is: no answer, or a rejected promise).
   */
  route(raw: unknown, ctx: Ctx): Promise<unknown> | null;
  /** The message `raw` is, or null (the same reading `route` does). */
  parse(raw: unknown): M | null;
}

export function createRouter<M extends { type: string }, R extends Record<M['type'], unknown>, Ctx>(
  parse: (raw: unknown) => M | null,
  handlers: RouteTable<M, R, Ctx>,
  /** Told of each well-formed message before it is handled (the test build counts them). */
  seen?: (msg: M) => void,
): Router<M, Ctx> {
  // One lookup by the message's own type: the table's type says each handler takes its message.
  const handlerOf = (msg: M) => handlers[msg.type as M['type']] as (msg: M, ctx: Ctx) => unknown;
  return {
    parse,
    route(raw, ctx) {
      const msg = parse(raw);
      if (!msg) return null;
      seen?.(msg);
      return Promise.resolve(handlerOf(msg)(msg, ctx));
    },
  };
}
