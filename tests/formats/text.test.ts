import { describe, expect, it } from 'vitest';
import type { ReadOutcome, TextUnit } from '../../electron/engine/content.js';
import { readFile } from '../../electron/engine/formats/index.js';
import { lineUnits, MAX_UNIT_CHARS, readText } from '../../electron/engine/formats/text.js';
import { context, detectedContext } from './make-files.js';

function units(outcome: ReadOutcome): TextUnit[] {
  if (!outcome.ok) throw new Error(`expected ok, got ${outcome.reason}`);
  return outcome.content.flatMap((c) => (c.type === 'text' ? [...c.units] : []));
}

const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
const SAMPLE = 'Order 1001\n\nShip to: José Müller\r\nStraße 5, 50667 Köln\rEnd';
const EXPECTED = [
  { text: 'Order 1001', where: { line: 1 } },
  { text: 'Ship to: José Müller', where: { line: 3 } },
  { text: 'Straße 5, 50667 Köln', where: { line: 4 } },
  { text: 'End', where: { line: 5 } },
];

describe('text reader', () => {
  it('numbers lines from 1 across LF, CRLF and CR, skipping blank ones', () => {
    expect(units(readText(encode(SAMPLE), context('note.txt', 'text')))).toEqual(EXPECTED);
  });

  it.each([
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)])],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')])],
    ['UTF-16LE without BOM', Buffer.from(SAMPLE, 'utf16le')],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(SAMPLE, 'utf16le').swap16()])],
    ['UTF-16BE without BOM', Buffer.from(SAMPLE, 'utf16le').swap16()],
    ['windows-1252', Buffer.from(SAMPLE, 'latin1')],
  ])('decodes %s', async (_label, bytes) => {
    const data = new Uint8Array(bytes);
    const ctx = detectedContext('note.txt', data);
    expect(ctx.format).toBe('text');
    expect(units(await readFile(data, ctx))).toEqual(EXPECTED);
  });

  it('still reads a file with invalid UTF-8, replacing only the bad bytes', () => {
    // Valid UTF-8 throughout except one stray byte: read as UTF-8, the stray byte replaced.
    const data = new Uint8Array(Buffer.concat([Buffer.from('Kundin: Zoë Ünal, zoe@example.com '), Buffer.from([0xff]), Buffer.from(' Grüße\n')]));
    const [unit] = units(readText(data, context('mail.txt', 'text')));
    expect(unit?.text).toContain('zoe@example.com');
    expect(unit?.text).toContain('Zoë Ünal');
    expect(unit?.text).toContain('\ufffd');
  });

  it('splits very long lines into bounded units at spaces or punctuation', () => {
    const record = '{"name":"Jane Roe","email":"jane@example.com"},';
    const line = `[${record.repeat(2000)}]`;
    const found = [...lineUnits([line])];
    expect(found.length).toBeGreaterThan(1);
    for (const unit of found) {
      expect(unit.text.length).toBeLessThanOrEqual(MAX_UNIT_CHARS);
      expect(unit.where).toEqual({ line: 1 });
    }
    expect(found.map((u) => u.text).join('')).toBe(line);
    // No address is cut in two: every piece ends at punctuation.
    const whole = found.reduce((n, u) => n + u.text.split('jane@example.com').length - 1, 0);
    expect(whole).toBe(2000);
  });

  it('reads text that arrives in pieces, with a CRLF split between them', () => {
    expect([...lineUnits(['one\r', '\ntwo\n', 'thr', 'ee'])]).toEqual([
      { text: 'one', where: { line: 1 } },
      { text: 'two', where: { line: 2 } },
      { text: 'three', where: { line: 3 } },
    ]);
  });

  it('reads HTML as the text it shows', () => {
    const html = '<html><head><style>p{color:red}</style><script>var a="x@y.z"</script></head><body><p>Ship to:<br>Jane&nbsp;Roe<br>jane&#64;example.com</p><table><tr><td>Name</td><td>M&uuml;ller</td></tr></table></body></html>';
    const texts = units(readText(encode(html), context('order.html', 'text'))).map((u) => u.text);
    expect(texts).toEqual(['Ship to:', 'Jane Roe', 'jane@example.com', 'Name\tMüller']);
  });

  it('reads RTF as its visible text', () => {
    const rtf = '{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Arial;}}{\\*\\generator Riched20;}\\f0 Ship to:\\par Frau J\\u252?rgens\\par Stra\\\'dfe 5\\tab 50667 K\\\'f6ln\\par}';
    const texts = units(readText(encode(rtf), context('letter.rtf', 'text'))).map((u) => u.text);
    expect(texts).toEqual(['Ship to:', 'Frau Jürgens', 'Straße 5\t50667 Köln']);
  });

  it('reads an e-mail: person headers, decoded text parts, attachments as entries', () => {
    const csv = Buffer.from('buyer-name,buyer-email\nJane Roe,jane@example.com\n').toString('base64');
    const eml = [
      'Received: from mx.example.net by mail.example.org',
      'Message-ID: <abc123@mail.example.org>',
      'From: =?utf-8?Q?J=C3=BCrgen_M=C3=BCller?= <juergen@example.de>',
      'To: shop@example.com',
      'Subject: Bestellung',
      'Date: Mon, 15 Jan 2024 10:00:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="XYZ"',
      '',
      '--XYZ',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Bitte liefern an: J=C3=BCrgen M=C3=BCller, Hauptstra=C3=9Fe 1, 10115 Berlin',
      '--XYZ',
      'Content-Type: text/csv; name="orders.csv"',
      'Content-Disposition: attachment; filename="orders.csv"',
      'Content-Transfer-Encoding: base64',
      '',
      csv,
      '--XYZ--',
      '',
    ].join('\r\n');
    const outcome = readText(encode(eml), context('mail.eml', 'text'));
    const texts = units(outcome);
    expect(texts).toContainEqual({ text: 'From: Jürgen Müller <juergen@example.de>', where: { line: 3 } });
    expect(texts.map((u) => u.text)).toContain('Bitte liefern an: Jürgen Müller, Hauptstraße 1, 10115 Berlin');
    expect(texts.find((u) => u.text.startsWith('Bitte'))?.where).toEqual({ line: 14 });
    expect(texts.some((u) => u.text.includes('abc123@'))).toBe(false);
    expect(outcome.ok && outcome.entries?.map((e) => e.name)).toEqual(['orders.csv']);
    expect(outcome.ok && Buffer.from(outcome.entries![0]!.data).toString()).toContain('jane@example.com');
  });

  it('reads an mbox as its messages', () => {
    const mbox = 'From a@x Mon Jan 15 10:00:00 2024\nFrom: Ann <ann@example.com>\nSubject: one\n\nHello from Ann\n\nFrom b@x Mon Jan 15 11:00:00 2024\nFrom: Bob <bob@example.com>\n\nHello from Bob\n';
    const texts = units(readText(encode(mbox), context('inbox.mbox', 'text')));
    expect(texts).toContainEqual({ text: 'From: Ann <ann@example.com>', where: { line: 2 } });
    expect(texts).toContainEqual({ text: 'Hello from Ann', where: { line: 5 } });
    expect(texts).toContainEqual({ text: 'From: Bob <bob@example.com>', where: { line: 8 } });
    expect(texts).toContainEqual({ text: 'Hello from Bob', where: { line: 10 } });
  });
});
