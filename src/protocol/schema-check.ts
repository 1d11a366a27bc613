/**
 * A plain predicate made from a valibot schema, for the large answers read on the click's path (an
 * article's analysis, the article itself): valibot's parse builds an output copy and a dataset per
 * value, which costs a fresh tab a few milliseconds of cold code on every click, where a tree of
 * small closures costs next to nothing. The schema stays the one statement of the shape; this only
 * reads it. It takes the schemas that describe data as it is (no transforms, no defaults; objects
 * loose, so the value is its own output) and throws when given anything else, so a schema that
 * outgrows it fails its unit test instead of being half checked.
 */
import type * as v from 'valibot';
import type { AnySchema } from './kit';

type Check = (x: unknown) => boolean;

/** The parts of a valibot schema or action this reads (valibot's own objects carry them). */
interface Node {
  kind: string;
  type: string;
  pipe?: readonly Node[];
  wrapped?: Node;
  item?: Node;
  entries?: Record<string, Node>;
  options?: readonly unknown[];
  literal?: unknown;
  requirement?: unknown;
  check?: (x: unknown) => boolean;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function unsupported(node: Node): never {
  throw new Error(`schema-check: ${node.kind} "${node.type}" is not supported`);
}

/** The check of one validation action in a pipe. */
function actionCheck(node: Node): Check {
  const req = node.requirement;
  switch (node.type) {
    case 'safe_integer':
      return (x) => Number.isSafeInteger(x);
    case 'integer':
      return (x) => Number.isInteger(x);
    case 'finite':
      return (x) => Number.isFinite(x);
    case 'min_value':
      return (x) => (x as number) >= (req as number);
    case 'max_value':
      return (x) => (x as number) <= (req as number);
    case 'min_length':
      return (x) => (x as { length: number }).length >= (req as number);
    case 'max_length':
      return (x) => (x as { length: number }).length <= (req as number);
    case 'regex':
      return (x) => {
        const re = req as RegExp;
        re.lastIndex = 0;
        return re.test(x as string);
      };
    case 'check':
      return req as Check;
    default:
      return unsupported(node);
  }
}

/** The check of a schema without its pipe. */
function schemaCheck(node: Node): Check {
  switch (node.type) {
    case 'string':
      return (x) => typeof x === 'string';
    case 'number':
      return (x) => typeof x === 'number' && !Number.isNaN(x);
    case 'boolean':
      return (x) => typeof x === 'boolean';
    case 'literal': {
      const lit = node.literal;
      return (x) => x === lit;
    }
    case 'picklist': {
      const set = new Set(node.options);
      return (x) => set.has(x);
    }
    case 'custom':
      return node.check ?? unsupported(node);
    case 'nullable': {
      const inner = compile(node.wrapped!);
      return (x) => x === null || inner(x);
    }
    case 'optional': {
      if ('default' in node && (node as { default?: unknown }).default !== undefined) return unsupported(node);
      const inner = compile(node.wrapped!);
      return (x) => x === undefined || inner(x);
    }
    case 'nullish': {
      if ('default' in node && (node as { default?: unknown }).default !== undefined) return unsupported(node);
      const inner = compile(node.wrapped!);
      return (x) => x === undefined || x === null || inner(x);
    }
    case 'array': {
      const item = compile(node.item!);
      return (x) => {
        if (!Array.isArray(x)) return false;
        for (let i = 0; i < x.length; i++) if (!item(x[i])) return false;
        return true;
      };
    }
    case 'loose_object': {
      const keys = Object.keys(node.entries!);
      const checks = keys.map((k) => compile(node.entries![k]!));
      return (x) => {
        if (!isObject(x)) return false;
        for (let i = 0; i < keys.length; i++) if (!checks[i]!(x[keys[i]!])) return false;
        return true;
      };
    }
    default:
      return unsupported(node);
  }
}

function compile(node: Node): Check {
  if (node.kind !== 'schema') return unsupported(node);
  const [head, ...actions] = node.pipe ?? [node];
  // A pipe's head is the schema itself, or a piped schema of its own.
  const base = head === node || !head ? schemaCheck(node) : compile(head);
  if (!actions.length) return base;
  const checks = actions.map((a) => (a.kind === 'validation' ? actionCheck(a) : unsupported(a)));
  return (x) => {
    if (!base(x)) return false;
    for (let i = 0; i < checks.length; i++) if (!checks[i]!(x)) return false;
    return true;
  };
}

/**
 * Whether a value fits `schema`, as valibot would say (plain objects only: an array is not read as
 * an object), without making a copy: the value itself is then the schema's output.
 */
export function schemaCheckOf<S extends AnySchema>(schema: S): (x: unknown) => x is v.InferOutput<S> {
  return compile(schema as unknown as Node) as (x: unknown) => x is v.InferOutput<S>;
}
