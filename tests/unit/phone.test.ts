// Phone recognizer, table-driven: validated numbers only, and the number-shaped things that are not phones.
import { describe, expect, it } from 'vitest';
import { PhoneColumn, bestReading, detectPhones, normalizePhone, phoneRecognizer, phoneRegions } from '../../electron/engine/recognizers/phone.js';

const REGIONS = phoneRegions();
const THRESHOLD = 0.5;

describe('phone recognizer', () => {
  it.each([
    ['Tel: +44 20 7946 0958', '+442079460958', 'international format with a cue'],
    ['Phone: (415) 555-2671', '+14155552671', 'US national format'],
    ['1-415-555-2671', '+14155552671', 'US trunk prefix 1'],
    ['415.555.2671', '+14155552671', 'dotted US number'],
    ['Mobil 0171 1234567', '+491711234567', 'German mobile'],
    ['030/12345678', '+493012345678', 'German slash style'],
    ['+49 (0) 30 1234567', '+49301234567', 'trunk in parentheses after the country code'],
    ['téléphone : 01 42 68 53 00', '+33142685300', 'French pairs'],
    ['06.12.34.56.78', '+33612345678', 'French dotted pairs are not a date'],
    ['Telefono: 06 6982 1234', '+390669821234', 'Rome landline, grouped the Italian way'],
    ['333 123 4567', '+393331234567', 'Italian mobile'],
    ['Teléfono 912 34 56 78', '+34912345678', 'Madrid landline is Spanish, not a German number without trunk'],
    ['612 345 678', '+34612345678', 'Spanish mobile'],
    ['tel. 020-5551234', '+31205551234', 'Amsterdam with a dash'],
    ['06-12345678', '+31612345678', 'Dutch mobile'],
    ['0412 345 678', '+61412345678', 'Australian mobile'],
    ['(02) 9876 5432', '+61298765432', 'Sydney landline'],
    ['+353 1 234 5678', '+35312345678', 'Irish landline'],
    ['0044 20 7946 0958', '+442079460958', 'international call prefix 00'],
    ['+1 604 555 1234', '+16045551234', 'Canadian number'],
  ])('finds %s', (text, e164, _why) => {
    const matches = detectPhones(text, REGIONS);
    expect(matches.map((m) => m.normalized)).toEqual([e164]);
    expect(matches[0]!.confidence).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it.each([
    ['Order 203-1234567-1234567', 'Amazon order id'],
    ['2026-10-01 14:30:00', 'timestamp'],
    ['01.10.2026', 'day-first date'],
    ['4006381333931', 'EAN-13 barcode'],
    ['0012345678905', 'UPC-A with a leading zero passes the check digit'],
    ['Total: 1.299,00 €', 'price'],
    ['12.99 25.98 38.97', 'columns of prices'],
    ['Tracking 1Z999AA10123456784', 'UPS tracking'],
    ['9400 1000 0000 0000 0000 00', 'USPS tracking'],
    ['RR123456785GB', 'Royal Mail international tracking'],
    ['IBAN DE89 3704 0044 0532 0130 00', 'IBAN'],
    ['VAT DE123456789', 'German VAT id'],
    ['USt-IdNr. GB 123 4567 89', 'UK VAT number'],
    ['SKU-0171234567', 'SKU glued to letters'],
    ['ABC1234567', 'product code'],
    ['Qty 3 × 450 g, 20 x 30 cm', 'measurements'],
    ['Invoice 4155552671', 'bare digits without separators or trunk prefix'],
    ['4111 1111 1111 1111', 'card-like groups'],
    ['ISBN 978-3-16-148410-0', 'ISBN'],
    ['Ref 0123 456 789', 'reference number after a negative cue'],
  ])('finds no phone in %s', (text, _why) => {
    expect(detectPhones(text, REGIONS).filter((m) => m.confidence >= THRESHOLD)).toEqual([]);
  });

  it('caps numbers on a line that presents the business ("Call us …")', () => {
    const [m] = detectPhones('Call us on 020 7946 0958, Mon–Fri 9–5', REGIONS);
    expect(m).toBeDefined();
    expect(m!.confidence).toBeLessThan(THRESHOLD);
  });

  it('de-duplicates numbers found by several regions', () => {
    const matches = detectPhones('020 7946 0958 or 0171 1234567', REGIONS);
    expect(matches.map((m) => m.normalized)).toEqual(['+442079460958', '+491711234567']);
  });

  it('chooses the region whose national format matches the writing', () => {
    expect(bestReading('912 34 56 78', REGIONS)?.number.country).toBe('ES');
    expect(bestReading('06 6982 1234', REGIONS)?.number.countryCallingCode).toBe('39');
  });

  it('normalizes settings phones to E.164', () => {
    expect(normalizePhone('+44 (0)20 7946 0958')).toBe('+442079460958');
    expect(normalizePhone('020 7946 0958')).toBe('+442079460958');
  });

  it('is exported with a keyword prefilter on digits', () => {
    expect(phoneRecognizer.keywords).toContain('7');
  });
});

describe('phone column reader', () => {
  it.each([
    ['07700 912345', 'a number with separators'],
    ['447911123456', 'a spreadsheet dropped the +'],
    ['7911123456', 'a spreadsheet dropped the leading 0'],
    ['+1 (415) 555-2671', 'international'],
    ['4155552671', 'bare US digits are fine under a phone header'],
    ['Tel. 0171 1234567 (mobile)', 'text around the number'],
  ])('reads %s', (cell, _why) => {
    const parsed = new PhoneColumn(REGIONS).parse(cell);
    expect(parsed).toBeDefined();
    expect(parsed!.confidence).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it.each([['n/a'], ['—'], ['12'], ['call me']])('ignores %s', (cell) => {
    expect(new PhoneColumn(REGIONS).parse(cell)).toBeUndefined();
  });

  it('accepts later cells of a validated shape without asking libphonenumber again', () => {
    const column = new PhoneColumn(REGIONS);
    for (let i = 0; i < 40; i++) column.parse(`0171 ${1234500 + i}`);
    const later = column.parse('0171 7654321');
    expect(later?.explanation).toBe('column+shape');
    expect(later?.normalized).toBe('+491717654321');
  });
});

describe('long bare digit runs', () => {
  it("are parcel numbers, not phones (DPD's 14 digits), unless written as international", () => {
    const line = '203-8645927-2135726  DPD        06000804732868  37.60  12/04/2024';
    expect(detectPhones(line, REGIONS)).toEqual([]);
    expect(detectPhones('Mobile: 00447700900123', REGIONS).map((p) => p.normalized)).toEqual(['+447700900123']);
  });
});

describe('a bare number right after a phone label', () => {
  it('is a phone even when its last digit fits a barcode check digit by chance', () => {
    // 015112345673 passes the GTIN check (one number in ten does); "Tel:" says what it is.
    const found = phoneRecognizer.detect('Tel: 015112345673').filter((m) => m.confidence >= THRESHOLD);
    expect(found.map((m) => m.normalized)).toEqual(['+4915112345673']);
    expect(phoneRecognizer.detect('EAN 015112345673').filter((m) => m.confidence >= THRESHOLD)).toEqual([]);
  });
});
