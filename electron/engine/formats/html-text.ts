// HTML (saved order pages, HTML e-mails) → the text a browser would show, one block per line, so
// "Ship to" and the address under it stay separate lines for the recognizers. Line numbers then
// count lines of that text, not of the markup (HTML from web apps is often one long line anyway).

const BLOCK_TAGS =
  'address|article|aside|blockquote|body|br|caption|dd|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tbody|tfoot|thead|title|tr|ul';

const INVISIBLE = /<(script|style|template|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;
const BLOCK = new RegExp(`<\\/?(?:${BLOCK_TAGS})\\b[^>]*>`, 'gi');
const CELL_END = /<\/t[dh]\s*>/gi;
const ANY_TAG = /<[a-zA-Z/!?][^>]*>/g;

export function htmlToText(html: string): string {
  const text = html
    .replace(COMMENT, ' ')
    .replace(INVISIBLE, ' ')
    .replace(/[\r\n]+/g, ' ')
    .replace(BLOCK, '\n')
    .replace(CELL_END, '\t')
    .replace(ANY_TAG, '');
  return decodeHtmlEntities(text).replace(/[ \t\u00a0]*\n[ \t\u00a0\n]*/g, '\n');
}

/** Named entities people actually meet in order pages and e-mails (Latin-1 letters, punctuation). */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', bull: '•', middot: '·', copy: '©', reg: '®',
  trade: '™', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', deg: '°', times: '×', divide: '÷', iexcl: '¡',
  iquest: '¿', ordf: 'ª', ordm: 'º', szlig: 'ß', commat: '@', period: '.', plus: '+', num: '#', lpar: '(', rpar: ')',
  ...latinLetters(),
};

/** &Agrave; … &yuml;: the accented letters of Latin-1, by their HTML names. */
function latinLetters(): Record<string, string> {
  const marks: Record<string, string> = { grave: '\u0300', acute: '\u0301', circ: '\u0302', tilde: '\u0303', uml: '\u0308', ring: '\u030a', cedil: '\u0327', slash: '\u0338' };
  const out: Record<string, string> = { AElig: 'Æ', aelig: 'æ', ETH: 'Ð', eth: 'ð', THORN: 'Þ', thorn: 'þ', Oslash: 'Ø', oslash: 'ø' };
  for (const base of 'AEIOUYNCaeiouync') {
    for (const [mark, combining] of Object.entries(marks)) {
      const composed = (base + combining).normalize('NFC');
      if (composed.length === 1) out[base + mark] = composed;
    }
  }
  return out;
}

export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z][a-z0-9]{1,31});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body] ?? whole;
  });
}
