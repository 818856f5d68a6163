// Narrow the Review list by kind of detail, risk and file type.
import { useId } from 'react';
import { CATEGORIES, type Category, type FileFormat, type FileResult, type Risk } from '../../../shared/types';
import { CATEGORY_LABEL, FORMAT_LABEL, RISK_LABEL, RISK_ORDER } from '../text/labels';

export interface Filters {
  category: Category | 'all';
  risk: Exclude<Risk, 'none'> | 'all';
  format: FileFormat | 'all';
}

export const NO_FILTERS: Filters = { category: 'all', risk: 'all', format: 'all' };

export function matches(file: FileResult, filters: Filters): boolean {
  return (
    (filters.category === 'all' || file.findings[filters.category] > 0) &&
    (filters.risk === 'all' || file.risk === filters.risk) &&
    (filters.format === 'all' || file.format === filters.format)
  );
}

export function ReviewFilters({ filters, onChange, formats, shown, total }: { filters: Filters; onChange(filters: Filters): void; formats: readonly FileFormat[]; shown: number; total: number }) {
  const filtered = filters.category !== 'all' || filters.risk !== 'all' || filters.format !== 'all';
  const id = useId();
  return (
    <div className="filters" role="group" aria-labelledby="filters-title">
      <h3 id="filters-title" className="visually-hidden">
        Filter the files
      </h3>
      <div className="filter">
        <label htmlFor={`${id}-category`}>Kind of detail</label>
        <select id={`${id}-category`} value={filters.category} onChange={(event) => onChange({ ...filters, category: event.target.value as Filters['category'] })}>
          <option value="all">All kinds</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABEL[c].many}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor={`${id}-risk`}>Risk</label>
        <select id={`${id}-risk`} value={filters.risk} onChange={(event) => onChange({ ...filters, risk: event.target.value as Filters['risk'] })}>
          <option value="all">All risks</option>
          {RISK_ORDER.map((r) => (
            <option key={r} value={r}>
              {RISK_LABEL[r]}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor={`${id}-format`}>File type</label>
        <select id={`${id}-format`} value={filters.format} onChange={(event) => onChange({ ...filters, format: event.target.value as Filters['format'] })}>
          <option value="all">All file types</option>
          {formats.map((f) => (
            <option key={f} value={f}>
              {FORMAT_LABEL[f]}
            </option>
          ))}
        </select>
      </div>
      <p className="filters-count" role="status">
        {filtered ? `Showing ${shown} of ${total} files` : `${total} ${total === 1 ? 'file' : 'files'}`}
        {filtered ? (
          <button type="button" className="button-link" onClick={() => onChange(NO_FILTERS)}>
            Clear filters
          </button>
        ) : null}
      </p>
    </div>
  );
}
