import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * Reading Cargo-XML safely. Messages come from outside, so: at most 1 MiB, and no DOCTYPE at all.
 * A status message never has one, and refusing it outright means no entity is ever declared, so
 * neither an external entity (XXE, reading the server's files) nor a billion-laughs expansion can
 * happen; only XML's five predefined entities (&amp; and the like) are decoded.
 */
export const MAX_XML_BYTES = 1024 * 1024;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Values stay strings: "0843" is a flight number and "176-12345675" no sum.
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
  // Every element an array, so that one ReportedStatus reads like several.
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

/** An element and where it is, as `StatusMessage/MasterConsignment/…` with rsm:/ram: dropped. */
export interface El {
  node: unknown;
  path: string;
}

export type ReadResult = { ok: true; root: El } | { ok: false; error: string };

export function readXml(xml: string): ReadResult {
  const bytes = xml.length > MAX_XML_BYTES ? xml.length : new TextEncoder().encode(xml).length;
  if (bytes > MAX_XML_BYTES) {
    return { ok: false, error: `refused: ${bytes} bytes is over the ${MAX_XML_BYTES} bytes (1 MiB) allowed` };
  }
  if (/<!DOCTYPE/i.test(xml)) {
    return {
      ok: false,
      error: 'refused: a DOCTYPE declaration (status messages have none; entities are not expanded)',
    };
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    return { ok: false, error: `not XML: ${msg} (line ${line}, column ${col})` };
  }
  const doc: unknown = parser.parse(xml);
  const [name] = Object.keys(asObject(doc));
  const node = name === undefined ? undefined : asObject(doc)[name];
  if (name === undefined || !Array.isArray(node)) return { ok: false, error: 'not XML: no root element' };
  return { ok: true, root: { node: node[0], path: name } };
}

const asObject = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/** The children called `name`; indexed in their paths only where there are several. */
export function children(el: El | null, name: string): El[] {
  if (!el) return [];
  const list = asObject(el.node)[name];
  if (!Array.isArray(list)) return [];
  return list.map((node, i) => ({ node, path: `${el.path}/${name}${list.length > 1 ? `[${i}]` : ''}` }));
}

/** The first element down a path of names, or null. */
export function child(el: El | null, ...names: string[]): El | null {
  let current = el;
  for (const name of names) current = children(current, name)[0] ?? null;
  return current;
}

/** An element's trimmed text; null where it is absent or empty. */
export function text(el: El | null): string | null {
  if (!el) return null;
  const raw = typeof el.node === 'string' ? el.node : asObject(el.node)['#text'];
  const value = typeof raw === 'string' ? raw.trim() : '';
  return value === '' ? null : value;
}

export function attribute(el: El | null, name: string): string | null {
  const raw = el ? asObject(el.node)[`@${name}`] : undefined;
  return typeof raw === 'string' ? raw.trim() : null;
}
