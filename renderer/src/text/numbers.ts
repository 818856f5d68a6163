// Counts as people read them: grouped digits and the right singular or plural word.
const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

export function formatCount(value: number): string {
  return integer.format(value);
}

export function formatRate(value: number): string {
  return value < 10 ? oneDecimal.format(value) : integer.format(value);
}

/** `count(3, 'file')` → "3 files"; pass the plural when it is not the word plus 's'. */
export function count(value: number, one: string, many = `${one}s`): string {
  return `${formatCount(value)} ${value === 1 ? one : many}`;
}
