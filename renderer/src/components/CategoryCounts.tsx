// How many names, email addresses, phone numbers and postal addresses: four tiles.
import { CATEGORIES, type CategoryCounts as Counts } from '../../../shared/types';
import { CATEGORY_LABEL } from '../text/labels';
import { formatCount } from '../text/numbers';

export function CategoryCounts({ counts, label }: { counts: Counts; label: string }) {
  return (
    <dl className="category-counts" aria-label={label}>
      {CATEGORIES.map((category) => (
        <div key={category} className={`category-count category-${category}`}>
          <dt>{CATEGORY_LABEL[category].many}</dt>
          <dd>{formatCount(counts[category])}</dd>
        </div>
      ))}
    </dl>
  );
}
