import type { Origin, Origins } from './locate';
import { declaring, type Entity, FIELDS, type OperationColumn, TRANSLATIONS } from './operation-fields';

type Problem = [Origin<OperationColumn>, string];
type Json = Record<string, unknown>;

/**
 * What no single row can say is wrong: a thing named but never declared, a declared thing without
 * the rows it needs. A source without a date gets an empty one, as the file format wants a date.
 */
export function complete(
  json: Json,
  things: Record<Entity, ReadonlyMap<string, number>>,
  rowOf: ReadonlyMap<string, number>,
  origins: Origins<OperationColumn>,
): Problem[] {
  const problems: Problem[] = [];
  for (const of of ['items', 'scenes', 'sources'] as const) {
    const [declarer, thing] = declaring(of);
    for (const [id, n] of things[of]) {
      const origin = origins.get(of === 'sources' ? [of, id] : [of, n]) as Origin<OperationColumn>;
      const declared = rowOf.get(`${declarer}|${id}`);
      if (declared === undefined) {
        problems.push([origin, `no "${declarer}" row declares ${thing} "${id}"`]);
        continue;
      }
      for (const need of FIELDS[declarer]?.needs ?? [])
        if (!rowOf.has(`${need}|${id}`))
          problems.push([origin, `${thing} "${id}" needs its "${need}" row too`]);
    }
  }
  const items = (json.items ?? []) as { count?: Record<string, Json> }[];
  items.forEach((item, i) => {
    for (const lang of TRANSLATIONS) {
      const forms = item.count?.[lang];
      const origin = origins.get(['items', i, 'count', lang]);
      if (forms && !forms.other && origin)
        problems.push([origin, `no "item other" in ${lang}: a language that gives a form gives "other" too`]);
    }
  });
  // No item row at all: the validator says what the items are for.
  json.items ??= [];
  for (const source of Object.values((json.sources ?? {}) as Record<string, Json>)) source.date ??= '';
  return problems;
}
