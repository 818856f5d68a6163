// A row of headline numbers, each with a short explanation.
export interface Stat {
  label: string;
  value: string;
  hint?: string;
  tone?: 'default' | 'alert' | 'warning' | 'good';
}

export function StatTiles({ stats, label }: { stats: readonly Stat[]; label: string }) {
  return (
    <dl className="stat-tiles" aria-label={label}>
      {stats.map((stat) => (
        <div key={stat.label} className={`stat-tile tone-${stat.tone ?? 'default'}`}>
          <dt>{stat.label}</dt>
          <dd className="stat-value">{stat.value}</dd>
          {stat.hint ? <dd className="stat-hint">{stat.hint}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
