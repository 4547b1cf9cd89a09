/**
 * The prose values of YAML front matter, read line by line rather than
 * parsed, so each value keeps its offset in the file: plain, quoted and
 * block scalars, and the items of a `tags` list.
 */
import { maskLinks, type Segment } from "./mask";
import type { Line } from "./segments";

const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?=\s|$)\s*/;
const BLOCK_SCALAR = /^[|>][1-9+-]*\s*(?:#.*)?$/;

function segment(field: string, start: number, text: string, masked = new Uint8Array(text.length)): Segment {
  maskLinks(masked, text);
  return { field, start, text, masked, table: false };
}

/** A scalar written at `start`: the text inside its quotes, escapes masked. Null for what is not text (a list, an anchor). */
function scalar(field: string, start: number, raw: string): Segment | null {
  const quote = raw[0];
  if (quote === '"' || quote === "'") {
    const masked: number[] = [];
    let i = 1;
    for (; i < raw.length; i++) {
      const escaped = quote === '"' ? raw[i] === "\\" : raw[i] === "'" && raw[i + 1] === "'";
      if (escaped) masked.push(i - 1, i++);
      else if (raw[i] === quote) break;
    }
    const text = raw.slice(1, i);
    const mask = new Uint8Array(text.length);
    for (const at of masked) mask[at] = 1;
    return segment(field, start + 1, text, mask);
  }
  if (raw === "" || /^[[{&*!|>%@`#]/.test(raw)) return null;
  const comment = raw.search(/\s#/);
  return segment(field, start, (comment < 0 ? raw : raw.slice(0, comment)).trimEnd());
}

/** The items of a flow list `[a, "b, c", d]`. */
function flowItems(field: string, start: number, raw: string): Segment[] {
  const items: Segment[] = [];
  let quote: string | null = null;
  let from = 1;
  for (let i = 1; i < raw.length; i++) {
    const c = raw[i];
    if (quote) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "," || c === "]") {
      const item = raw.slice(from, i);
      const lead = item.length - item.trimStart().length;
      const found = scalar(field, start + from + lead, item.trim());
      if (found) items.push(found);
      from = i + 1;
      if (c === "]") break;
    }
  }
  return items;
}

export function yamlSegments(lines: Line[], fields: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const key = line && KEY.exec(line.text);
    if (!line || !key?.[1] || !fields.includes(key[1])) continue;
    const field = key[1];
    const at = line.start + key[0].length;
    const value = line.text.slice(key[0].length);
    if (value.startsWith("[")) {
      segments.push(...flowItems(field, at, value));
      continue;
    }
    const found = scalar(field, at, value);
    if (found) segments.push(found);
    if (value !== "" && !BLOCK_SCALAR.test(value)) continue;
    // A block scalar or block list: the indented lines (or "- " items) that follow.
    for (let next = lines[i + 1]; next && /^(\s+\S|-\s)/.test(next.text); next = lines[++i + 1]) {
      const item = /^\s*-\s+/.exec(next.text);
      const lead = item ? item[0].length : next.text.length - next.text.trimStart().length;
      const text = next.text.slice(lead);
      const part = item ? scalar(field, next.start + lead, text) : segment(field, next.start + lead, text.trimEnd());
      if (part) segments.push(part);
    }
  }
  return segments;
}
