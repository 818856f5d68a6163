import { describe, expect, it } from 'vitest';
import { maskAddress, maskEmail, maskName, maskPath, maskPhone } from '../../shared/mask.js';

describe('masking', () => {
  it.each([
    ['john.smith@example.com', 'j•••@e•••.com'],
    ['a@b.co.uk', 'a•••@b•••.uk'],
    ['x9fk2@marketplace.amazon.de', 'x•••@m•••.de'],
    ['not-an-email', '•••'],
  ])('email %s → %s', (value, masked) => expect(maskEmail(value)).toBe(masked));

  it.each([
    ['+441632960967', '+44 •••• •••67'],
    ['+1 (415) 555-0132', '+1 •••• •••32'],
    ['+49 30 901820', '+49 •••• •••20'],
    ['07700 900123', '•••• •••23'],
  ])('phone %s → %s', (value, masked) => expect(maskPhone(value)).toBe(masked));

  it('phone keeps the country code it is given', () => {
    expect(maskPhone('+3531234567', '353')).toBe('+353 •••• •••67');
  });

  it.each([
    ['John Smith', 'J••• S•••'],
    ['María José  de la Cruz', 'M••• J••• d••• l••• C•••'],
    ['Ωmega Ørsted', 'Ω••• Ø•••'],
  ])('name %s → %s', (value, masked) => expect(maskName(value)).toBe(masked));

  it.each([
    ['12 Mill Lane, Brighton BN1 4GH', '•• M••• Lane, B••• BN1 •••'],
    ['Hauptstraße 5, 10115 Berlin', 'H••• ••, 10••• B•••'],
    ['1600 Amphitheatre Pkwy, Mountain View, CA 94043', '•• A••• P•••, M••• V•••, C••• 94•••'],
    ['221B Baker Street', '•• B••• Street'],
    ['4 Rue de la Paix, 75002 Paris', '•• Rue d••• l••• P•••, 75••• P•••'],
    ['10 Bay St, Toronto ON M5J 2N8', '•• B••• St, T••• O••• M5J •••'],
  ])('address %s → %s', (value, masked) => expect(maskAddress(value)).toBe(masked));

  it('masks every word of a path but keeps separators, archive marks and the extension', () => {
    expect(maskPath('/home/ann/John Smith orders.xlsx')).toBe('/h•••/a•••/J••• S••• o•••.xlsx');
    expect(maskPath('C:\\Users\\Bob\\export.zip!Jane Doe.csv')).toBe('C•••:\\U•••\\B•••\\e•••.zip!J••• D•••.csv');
  });

  it('never leaves more than one letter of a word in any mask', () => {
    const samples = ['Bartholomew Featherstonehaugh', 'wilhelmina.van-der-berg@verylongdomain.example'];
    for (const s of samples) {
      for (const mask of [maskName(s), maskEmail(s), maskAddress(s), maskPath(s)]) {
        // The TLD of an email and a file's extension are kept on purpose.
        expect(mask.replace(/\.[a-z]{2,}$/, '')).not.toMatch(/\p{L}{2}/u);
      }
    }
  });
});
