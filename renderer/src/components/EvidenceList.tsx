// Examples of what was found in one file and where: masked, or the real values while revealed.
import { useState } from 'react';
import type { Category, FileFormat, Where } from '../../../shared/types';
import { CATEGORY_LABEL } from '../text/labels';
import { describeWhere } from '../text/where';

export interface EvidenceItem {
  category: Category;
  value: string;
  where: Where;
}

/** Enough examples to recognise a file; the rest on request. */
const FIRST_ROWS = 8;

export function EvidenceList({ items, revealed, caption, format }: { items: readonly EvidenceItem[]; revealed: boolean; caption: string; format?: FileFormat }) {
  const [all, setAll] = useState(false);
  if (items.length === 0) return <p className="muted">No examples to show for this file.</p>;
  const rows = all ? items : items.slice(0, FIRST_ROWS);
  return (
    <>
      <table className={revealed ? 'evidence is-revealed' : 'evidence'}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Detail</th>
            <th scope="col">{revealed ? 'Real value' : 'Value (hidden)'}</th>
            <th scope="col">Where in the file</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((item, index) => (
            <tr key={index}>
              <td>{CATEGORY_LABEL[item.category].one}</td>
              <td className="evidence-value" translate="no">
                {item.value}
              </td>
              <td>{describeWhere(item.where, format)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length > rows.length ? (
        <button type="button" className="button-link evidence-more" onClick={() => setAll(true)}>
          Show all {items.length} examples
        </button>
      ) : null}
    </>
  );
}
