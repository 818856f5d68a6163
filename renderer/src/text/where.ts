// Where a value sits in its file, in the words of the program that opens it.
import type { FileFormat, Where } from '../../../shared/types';

// A CSV or text table has one sheet, named after the file: saying its name adds nothing.
const ONE_TABLE = new Set<FileFormat>(['csv', 'tsv', 'text']);

export function describeWhere(where: Where, format?: FileFormat): string {
  if ('sheet' in where) {
    const cell = `row ${where.row}, column “${where.column}”`;
    return format && ONE_TABLE.has(format) ? cell[0]!.toUpperCase() + cell.slice(1) : `Sheet “${where.sheet}”, ${cell}`;
  }
  if ('box' in where) return where.page !== undefined ? `Page ${where.page}, in a picture` : 'In the picture';
  if ('page' in where) return `Page ${where.page}`;
  return `Line ${where.line}`;
}
