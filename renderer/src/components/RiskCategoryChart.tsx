// Files with customer data, by kind of detail, each bar split by risk. Plain SVG: a handful of
// bars does not need a chart library.
import { useId } from 'react';
import { CATEGORIES, type FileResult } from '../../../shared/types';
import { CATEGORY_LABEL, RISK_LABEL, RISK_ORDER } from '../text/labels';
import { count, formatCount } from '../text/numbers';
import { useWidth } from './use-width';

type RiskCounts = Record<(typeof RISK_ORDER)[number], number>;

interface Row {
  label: string;
  counts: RiskCounts;
  total: number;
}

const LABEL_WIDTH = 150;
const VALUE_WIDTH = 56;
const ROW_HEIGHT = 38;
const BAR_HEIGHT = 18;

function rowsOf(files: readonly FileResult[]): Row[] {
  const tally = (pick: (file: FileResult) => boolean, label: string): Row => {
    const counts: RiskCounts = { high: 0, medium: 0, low: 0 };
    for (const file of files) if (file.risk !== 'none' && pick(file)) counts[file.risk]++;
    return { label, counts, total: counts.high + counts.medium + counts.low };
  };
  return [tally(() => true, 'Any customer detail'), ...CATEGORIES.map((category) => tally((file) => file.findings[category] > 0, CATEGORY_LABEL[category].many))];
}

export function RiskCategoryChart({ files }: { files: readonly FileResult[] }) {
  const [ref, width] = useWidth<HTMLDivElement>(520);
  const clip = useId();
  const rows = rowsOf(files);
  const max = Math.max(1, ...rows.map((row) => row.total));
  const barArea = Math.max(60, width - LABEL_WIDTH - VALUE_WIDTH);
  const height = rows.length * ROW_HEIGHT;
  const summary = rows
    .map((row) => `${row.label}: ${count(row.total, 'file')}${row.total ? ` (${RISK_ORDER.map((risk) => `${row.counts[risk]} ${RISK_LABEL[risk].toLowerCase()}`).join(', ')})` : ''}`)
    .join('; ');

  return (
    <div className="chart" ref={ref}>
      <svg width={width} height={height} role="img" aria-label={`Files with customer data. ${summary}.`}>
        {rows.map((row, index) => {
          const y = index * ROW_HEIGHT;
          const barY = y + (ROW_HEIGHT - BAR_HEIGHT) / 2;
          let x = LABEL_WIDTH;
          return (
            <g key={row.label} className={index === 0 ? 'chart-row is-total' : 'chart-row'}>
              <text className="chart-label" x={0} y={y + ROW_HEIGHT / 2} dominantBaseline="middle">
                {row.label}
              </text>
              {/* Square segments inside one rounded outline: the joins between risks stay straight. */}
              <clipPath id={`${clip}-${index}`}>
                <rect x={LABEL_WIDTH} y={barY} width={barArea} height={BAR_HEIGHT} rx={4} />
              </clipPath>
              <rect className="chart-track" x={LABEL_WIDTH} y={barY} width={barArea} height={BAR_HEIGHT} rx={4} />
              <g clipPath={`url(#${clip}-${index})`}>
                {RISK_ORDER.map((risk) => {
                  const w = (row.counts[risk] / max) * barArea;
                  const segment = w > 0 ? <rect key={risk} className={`chart-${risk}`} x={x} y={barY} width={w} height={BAR_HEIGHT} /> : null;
                  x += w;
                  return segment;
                })}
              </g>
              <text className="chart-value" x={width} y={y + ROW_HEIGHT / 2} dominantBaseline="middle" textAnchor="end">
                {formatCount(row.total)}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="chart-legend" aria-hidden="true">
        {RISK_ORDER.map((risk) => (
          <li key={risk}>
            <span className={`legend-swatch chart-${risk}`} />
            {RISK_LABEL[risk]}
          </li>
        ))}
      </ul>
    </div>
  );
}
