import type { z } from 'zod';
import { formatPath } from '../scenario/validate';

/** Like HTTP: 400 malformed, 404 names something unknown, 409 conflicts with the log, 422 refused. */
export type ItemStatus = 400 | 404 | 409 | 422;

export interface Problem {
  /** Path inside the item. */
  path: PropertyKey[];
  reason: string;
  status: ItemStatus;
}

/** One entry per refused item: where (index and JSON path in the body), why, and anything else wrong with it. */
export interface ItemError {
  index: number;
  /** 1-based line of the item in an NDJSON or CSV body. */
  line?: number;
  /** The spreadsheet cell, `G4`, of an error in a CSV body. */
  cell?: string;
  id?: string;
  path: string;
  reason: string;
  status: ItemStatus;
  more?: { path: string; reason: string }[];
}

export const problem = (path: PropertyKey[], reason: string, status: ItemStatus = 422): Problem => ({
  path,
  reason,
  status,
});

export function zodProblems(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const missing = issue.code === 'invalid_type' && issue.message.endsWith('received undefined');
    return problem(issue.path, missing ? `missing (expected ${issue.expected})` : issue.message, 400);
  });
}

export function itemError(index: number, problems: readonly Problem[], id?: string): ItemError {
  const [first, ...rest] = problems as [Problem, ...Problem[]];
  const error: ItemError = {
    index,
    path: formatPath([index, ...first.path]),
    reason: first.reason,
    status: first.status,
  };
  if (id !== undefined) error.id = id;
  if (rest.length) error.more = rest.map((p) => ({ path: formatPath([index, ...p.path]), reason: p.reason }));
  return error;
}
