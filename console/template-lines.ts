/**
 * Where a template error is in the YAML the author typed. The validator names each problem
 * by its path in the template's data (`steps[3].approvers[0].role`, `inputs["my-field"]`),
 * or, for text that is not YAML, by its place in the body (`body:12:5`); the editor needs a
 * range of the text. The text is parsed once with the `yaml` package, whose nodes carry their
 * source ranges, and each path is walked down the nodes: a key's range for a mapping entry,
 * the item's first line for a list item. A path that goes past what is written (a property
 * that is missing) stops at the deepest node that exists, marked as not exact. No DOM here:
 * it is tested as plain logic.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Pair } from 'yaml';

/** One key of a path: a mapping key or a list index. */
export type PathKey = string | number;

/** A range of the text an error belongs to, with its 1-based line. */
export interface SourceSpot {
  from: number;
  to: number;
  line: number;
  /** False when the path went past what is written: the spot is the deepest part that is. */
  exact: boolean;
}

const PLAIN = /^[A-Za-z_][A-Za-z0-9_]*/;

/**
 * The keys of a path as the validator writes it (definitions/template-error.ts `formatPath`):
 * `a.b[2]["odd key"]`. Undefined for text that is not such a path.
 */
export function parsePath(path: string): PathKey[] | undefined {
  const keys: PathKey[] = [];
  let at = 0;
  while (at < path.length) {
    if (path[at] === '[') {
      const index = /^\[(\d+)\]/.exec(path.slice(at));
      if (index?.[1] !== undefined) {
        keys.push(Number(index[1]));
        at += index[0].length;
        continue;
      }
      const quoted = /^\[("(?:[^"\\]|\\.)*")\]/.exec(path.slice(at));
      if (quoted?.[1] === undefined) return undefined;
      try {
        keys.push(String(JSON.parse(quoted[1])));
      } catch {
        return undefined;
      }
      at += quoted[0].length;
      continue;
    }
    if (path[at] === '.' && keys.length > 0) at += 1;
    const plain = PLAIN.exec(path.slice(at));
    if (!plain) return undefined;
    keys.push(plain[0]);
    at += plain[0].length;
  }
  return keys;
}

/** The text of a template, parsed once, answering where each error path is. */
export class TemplateText {
  private readonly document: Document.Parsed;
  private readonly lineStarts: number[];

  constructor(readonly text: string) {
    this.document = parseDocument(text, { uniqueKeys: false });
    this.lineStarts = [0];
    for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) this.lineStarts.push(index + 1);
  }

  /** The 1-based line of an offset. */
  lineOf(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }

  /** The end of the line holding `offset` (before its line break). */
  private lineEnd(offset: number): number {
    const next = this.lineStarts[this.lineOf(offset)];
    return next === undefined ? this.text.length : Math.max(offset, next - 1);
  }

  private spot(from: number, to: number, exact: boolean): SourceSpot {
    const start = Math.max(0, Math.min(from, this.text.length));
    return { from: start, to: Math.max(start, Math.min(to, this.text.length)), line: this.lineOf(start), exact };
  }

  /** Where `path` (a validator's error path, or `source:line:column`) is in the text. */
  spotOf(path: string): SourceSpot {
    const position = /:(\d+):(\d+)$/.exec(path);
    if (position && !path.startsWith('[')) {
      const line = Math.max(1, Math.min(Number(position[1]), this.lineStarts.length));
      const start = (this.lineStarts[line - 1] ?? 0) + Math.max(0, Number(position[2]) - 1);
      return this.spot(start, this.lineEnd(start), true);
    }
    const keys = parsePath(path);
    const root = this.document.contents;
    const whole = this.spot(0, this.lineEnd(0), keys !== undefined && keys.length === 0);
    if (!keys || !root) return whole;
    let node: Node | null = root;
    let found = whole;
    for (const key of keys) {
      if (isMap(node)) {
        const pair: Pair<unknown, unknown> | undefined = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
        const keyRange = pair && isScalar(pair.key) ? pair.key.range : undefined;
        if (!pair || !keyRange) return { ...found, exact: false };
        const value: unknown = pair.value;
        found = this.spot(keyRange[0], isScalar(value) && value.range ? value.range[1] : keyRange[1], true);
        node = isMapOrSeqOrScalar(value) ? value : null;
        continue;
      }
      if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key];
        const range = isMapOrSeqOrScalar(item) ? item.range : undefined;
        if (!item || !range) return { ...found, exact: false };
        found = this.spot(range[0], isScalar(item) ? range[1] : this.lineEnd(range[0]), true);
        node = isMapOrSeqOrScalar(item) ? item : null;
        continue;
      }
      return { ...found, exact: false };
    }
    return found;
  }
}

function isMapOrSeqOrScalar(value: unknown): value is Node {
  return isMap(value) || isSeq(value) || isScalar(value);
}
