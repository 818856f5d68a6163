// Database dumps (mysqldump, pg_dump --inserts, SQLite .dump) read like a table written as text:
// the column names come from `CREATE TABLE` or from the column list of `INSERT INTO t (…)`, the
// values from the tuples of `VALUES (…), (…)`, each labelled by its column with the same header
// semantics as a spreadsheet (columns.ts). PostgreSQL's `COPY t (…) FROM stdin;` rows are tab
// separated and handed back as a text table. Stateful over the lines of one text; bounded.
import { classifyHeader, type HeaderMeaning } from './columns.js';
import type { LabelledValue, TextTable } from './labelled-fields.js';

const CREATE_TABLE = /^\s*CREATE\s+(?:TEMPORARY\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?([`"[]?[\w.]{1,128}[`"\]]?)\s*\(\s*$/i;
const COLUMN_DEFINITION = /^\s*[`"[]?([\p{L}_][\p{L}\p{N}_ ]{0,63}?)[`"\]]?\s+[A-Za-z]/u;
const CREATE_TABLE_ONE_LINE = /^\s*CREATE\s+(?:TEMPORARY\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?([`"[]?[\w.]{1,128}[`"\]]?)\s*\((.{1,8000})\)\s*;?\s*$/i;
const NOT_A_COLUMN = /^\s*(?:PRIMARY|UNIQUE|KEY|INDEX|CONSTRAINT|FOREIGN|CHECK|FULLTEXT|SPATIAL)\b/i;
const INSERT = /^\s*(?:INSERT|REPLACE)\s+(?:IGNORE\s+)?INTO\s+([`"[]?[\w.]{1,128}[`"\]]?)\s*(?:\(([^()]{1,4000})\))?\s*VALUES\s*/i;
const COPY = /^\s*COPY\s+([`"[]?[\w.]{1,128}[`"\]]?)\s*\(([^()]{1,4000})\)\s*FROM\s+stdin/i;
/** Tables remembered per text, and columns per table: a dump's schema is small. */
const MAX_TABLES = 200;
const MAX_COLUMNS = 200;

export interface SqlLine {
  /** Values of this line labelled by their column. */
  values: LabelledValue[];
  /** A COPY block began: its rows are a text table with these columns. */
  table?: TextTable;
}

const NOTHING: SqlLine = { values: [] };

function bare(name: string): string {
  return name.trim().replace(/^[`"[]|[`"\]]$/g, '').split('.').pop()!.toLowerCase();
}

/** "id INTEGER, price DECIMAL(10,2), name TEXT" → its three definitions: commas inside parentheses do not split. */
function topLevelParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function meaningsOf(columns: readonly string[]): Array<HeaderMeaning | undefined> {
  return columns.map((c) => classifyHeader(c.replace(/_/g, ' ')));
}

export class SqlDumpReader {
  private readonly tables = new Map<string, Array<HeaderMeaning | undefined>>();
  private creating: { table: string; columns: string[] } | undefined;
  /** The columns of the INSERT whose tuples continue on the following lines. */
  private inserting: Array<HeaderMeaning | undefined> | undefined;

  read(text: string): SqlLine {
    if (this.creating) return this.column(text);
    const first = text.trimStart()[0];
    if (first === '(' && this.inserting) return this.tuples(text, 0, this.inserting);
    this.inserting = undefined;
    if (first !== 'C' && first !== 'c' && first !== 'I' && first !== 'i' && first !== 'R' && first !== 'r') return NOTHING;
    const create = CREATE_TABLE.exec(text);
    if (create) {
      this.creating = { table: bare(create[1]!), columns: [] };
      return NOTHING;
    }
    // SQLite's .dump writes a table on one line: CREATE TABLE customers(id INTEGER, first_name TEXT, …);
    const oneLine = CREATE_TABLE_ONE_LINE.exec(text);
    if (oneLine) {
      const columns = topLevelParts(oneLine[2]!).filter((d) => !NOT_A_COLUMN.test(d)).map((d) => COLUMN_DEFINITION.exec(d)?.[1]?.trim()).filter((c): c is string => Boolean(c));
      if (this.tables.size < MAX_TABLES) this.tables.set(bare(oneLine[1]!), meaningsOf(columns.slice(0, MAX_COLUMNS)));
      return NOTHING;
    }
    const copy = COPY.exec(text);
    if (copy) {
      const meanings = meaningsOf(copy[2]!.split(',').map(bare));
      return meanings.some(Boolean) ? { values: [], table: { delimiter: '\t', meanings } } : NOTHING;
    }
    const insert = INSERT.exec(text);
    if (!insert) return NOTHING;
    const meanings = insert[2] ? meaningsOf(insert[2].split(',').map(bare)) : this.tables.get(bare(insert[1]!));
    if (!meanings || !meanings.some(Boolean)) return NOTHING;
    return this.tuples(text, insert[0].length, meanings);
  }

  private column(text: string): SqlLine {
    const creating = this.creating!;
    if (/^\s*\)/.test(text)) {
      if (this.tables.size < MAX_TABLES) this.tables.set(creating.table, meaningsOf(creating.columns));
      this.creating = undefined;
      return NOTHING;
    }
    const definition = COLUMN_DEFINITION.exec(text);
    if (definition && !NOT_A_COLUMN.test(text) && creating.columns.length < MAX_COLUMNS) creating.columns.push(definition[1]!.trim());
    return NOTHING;
  }

  /** Every `( … )` tuple on the line from `at`; the INSERT goes on while the line does not end it with ';'. */
  private tuples(text: string, at: number, meanings: Array<HeaderMeaning | undefined>): SqlLine {
    const values: LabelledValue[] = [];
    let i = at;
    while (i < text.length) {
      while (i < text.length && text[i] !== '(' && text[i] !== ';') i++;
      if (i >= text.length || text[i] === ';') break;
      i = this.tuple(text, i + 1, meanings, values);
    }
    this.inserting = /;\s*$/.test(text) ? undefined : meanings;
    return { values };
  }

  /** One tuple's values from just after its '('; returns the index after its ')'. */
  private tuple(text: string, from: number, meanings: Array<HeaderMeaning | undefined>, out: LabelledValue[]): number {
    let i = from;
    let column = 0;
    let first: LabelledValue | undefined;
    let last: LabelledValue | undefined;
    while (i < text.length) {
      while (text[i] === ' ' || text[i] === '\t') i++;
      let value: string | undefined;
      let start = i;
      let end = i;
      if (text[i] === "'") {
        // A quoted string: '' or \' escape a quote.
        let j = i + 1;
        let raw = '';
        while (j < text.length) {
          const c = text[j]!;
          if (c === '\\' && j + 1 < text.length) {
            raw += text[j + 1];
            j += 2;
          } else if (c === "'" && text[j + 1] === "'") {
            raw += "'";
            j += 2;
          } else if (c === "'") break;
          else {
            raw += c;
            j++;
          }
        }
        value = raw;
        start = i + 1;
        end = j;
        i = j + 1;
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== ')') i++;
      }
      const meaning = meanings[column];
      if (value !== undefined && value.trim() && meaning && meaning.party !== 'business') {
        const labelled: LabelledValue = { meaning, value: value.trim(), start, end };
        // First and last name of one row are one name ("Lene", "Raukuc" → "Lene Raukuc").
        if (meaning.role === 'first-name') first = labelled;
        else if (meaning.role === 'last-name') last = labelled;
        else out.push(labelled);
      }
      while (i < text.length && text[i] !== ',' && text[i] !== ')') i++;
      if (i >= text.length || text[i] === ')') {
        i++;
        break;
      }
      i++;
      column++;
    }
    if (first && last) {
      const start = Math.min(first.start, last.start);
      out.push({ meaning: { role: 'name', party: first.meaning.party }, value: `${first.value} ${last.value}`, start, end: Math.max(first.end, last.end) });
    } else if (first ?? last) out.push((first ?? last)!);
    return i;
  }
}
