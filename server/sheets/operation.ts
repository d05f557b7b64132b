import { type OperationFile, validateOperation } from '../../core/scenario';
import { inFile } from '../../core/sheet/locate';
import { operationSheet } from '../../core/sheet/operation-sheet';
import { isSheet, type Part, readJson, readText } from './files';

export type OperationPart = Part<{ operation: OperationFile }>;

/**
 * An operation file, JSON or an operation sheet (CSV): what it ships and how the screen tells it.
 * A sheet is checked by the same validator as the JSON, each error said as the cell it came from.
 */
export function loadOperation(path: string): OperationPart {
  if (!isSheet(path)) {
    const read = readJson(path, validateOperation);
    return read.ok ? { ...read, locate: inFile(path) } : read;
  }
  const text = readText(path);
  if (!text.ok) return text;
  const sheet = operationSheet(path, text.text);
  if (!sheet.ok) return sheet;
  const checked = validateOperation(sheet.operation);
  if (!checked.ok) return { ok: false, errors: [...new Set(checked.errors.map(sheet.locate))] };
  return { ok: true, operation: checked.operation, locate: sheet.locate };
}
