// Header semantics: the real column headers of marketplace order reports and hand-made lists in
// six languages, each mapped to the role (and party) the table analyser relies on.
import { describe, expect, it } from 'vitest';
import { classifyHeader, normalizeHeader, roleCategory, type ColumnRole, type Party } from '../../electron/engine/recognizers/columns.js';

function role(header: string): ColumnRole | undefined {
  return classifyHeader(header)?.role;
}

/** [header, role, party] — party only where it matters. */
type Case = [string, ColumnRole, Party?];

const AMAZON: Case[] = [
  ['order-id', 'order-id'], ['order-item-id', 'sku'], ['purchase-date', 'date'], ['payments-date', 'date'],
  ['buyer-email', 'email', 'customer'], ['buyer-name', 'name', 'customer'], ['buyer-phone-number', 'phone', 'customer'],
  ['sku', 'sku'], ['product-name', 'product'], ['quantity-purchased', 'quantity'], ['currency', 'other'], ['item-price', 'price'],
  ['item-tax', 'price'], ['shipping-price', 'price'], ['ship-service-level', 'tracking'], ['recipient-name', 'name', 'customer'],
  ['ship-address-1', 'street', 'customer'], ['ship-address-2', 'street2', 'customer'], ['ship-address-3', 'street2', 'customer'],
  ['ship-city', 'city', 'customer'], ['ship-state', 'region', 'customer'], ['ship-postal-code', 'postcode', 'customer'],
  ['ship-country', 'country', 'customer'], ['ship-phone-number', 'phone', 'customer'], ['bill-address-1', 'street', 'customer'],
  ['bill-postal-code', 'postcode', 'customer'], ['delivery-Instructions', 'note'], ['is-business-order', 'other'],
  ['buyer-company-name', 'company', 'customer'], ['buyer-tax-registration-id', 'tax-id'], ['sales-channel', 'other'],
];

const EBAY: Case[] = [
  ['Sales Record Number', 'order-id'], ['Order Number', 'order-id'], ['Buyer Username', 'username'], ['Buyer Name', 'name', 'customer'],
  ['Buyer Email', 'email', 'customer'], ['Buyer Note', 'note'], ['Buyer Address 1', 'street', 'customer'], ['Buyer City', 'city', 'customer'],
  ['Buyer Zip', 'postcode', 'customer'], ['Ship To Name', 'name', 'customer'], ['Ship To Phone', 'phone', 'customer'],
  ['Ship To Address 1', 'street', 'customer'], ['Ship To Address 2', 'street2', 'customer'], ['Ship To City', 'city', 'customer'],
  ['Ship To State', 'region', 'customer'], ['Ship To Zip', 'postcode', 'customer'], ['Ship To Country', 'country', 'customer'],
  ['Post To Name', 'name', 'customer'], ['Post To Phone', 'phone', 'customer'], ['Post To Address 1', 'street', 'customer'],
  ['Post To City', 'city', 'customer'], ['Post To County', 'region', 'customer'], ['Post To Postcode', 'postcode', 'customer'],
  ['Item Number', 'sku'], ['Item Title', 'product'], ['Custom Label', 'sku'], ['Quantity', 'quantity'], ['Sold For', 'price'],
  ['Total Price', 'price'], ['Sale Date', 'date'], ['Paid On Date', 'date'], ['PayPal Transaction ID', 'order-id'],
  ['Tracking Number', 'tracking'], ['Item Zip Code', 'postcode', 'business'], ['Item Location', 'other', 'business'],
];

const ETSY: Case[] = [
  ['Sale Date', 'date'], ['Order ID', 'order-id'], ['Buyer User ID', 'username'], ['Full Name', 'name'], ['First Name', 'first-name'],
  ['Last Name', 'last-name'], ['Number of Items', 'quantity'], ['Street 1', 'street'], ['Street 2', 'street2'], ['Ship City', 'city', 'customer'],
  ['Ship State', 'region', 'customer'], ['Ship Zipcode', 'postcode', 'customer'], ['Ship Country', 'country', 'customer'],
  ['Order Value', 'price'], ['Ship Name', 'name', 'customer'], ['Ship Address1', 'street', 'customer'], ['Ship Address2', 'street2', 'customer'],
  ['Item Name', 'product'], ['Buyer', 'name', 'customer'], ['Listing ID', 'sku'], ['VAT Paid by Buyer', 'price'],
];

const SHOPIFY: Case[] = [
  ['Name', 'name'], ['Email', 'email'], ['Financial Status', 'other'], ['Paid at', 'date'], ['Accepts Marketing', 'other'],
  ['Subtotal', 'price'], ['Lineitem quantity', 'quantity'], ['Lineitem name', 'product'], ['Lineitem price', 'price'], ['Lineitem sku', 'sku'],
  ['Billing Name', 'name', 'customer'], ['Billing Street', 'street', 'customer'], ['Billing Address1', 'street', 'customer'],
  ['Billing Address2', 'street2', 'customer'], ['Billing Company', 'company', 'customer'], ['Billing City', 'city', 'customer'],
  ['Billing Zip', 'postcode', 'customer'], ['Billing Province', 'region', 'customer'], ['Billing Country', 'country', 'customer'],
  ['Billing Phone', 'phone', 'customer'], ['Shipping Name', 'name', 'customer'], ['Shipping Address1', 'street', 'customer'],
  ['Shipping Zip', 'postcode', 'customer'], ['Shipping Phone', 'phone', 'customer'], ['Notes', 'note'], ['Vendor', 'company', 'business'],
  ['Default Address Address1', 'street', 'customer'], ['Default Address Zip', 'postcode', 'customer'], ['Accepts Email Marketing', 'other'],
];

const WOOCOMMERCE: Case[] = [
  ['Order Number', 'order-id'], ['Order Status', 'other'], ['Order Date', 'date'], ['Customer Note', 'note'],
  ['First Name (Billing)', 'first-name', 'customer'], ['Last Name (Billing)', 'last-name', 'customer'], ['Company (Billing)', 'company', 'customer'],
  ['Address 1&2 (Billing)', 'street', 'customer'], ['City (Billing)', 'city', 'customer'], ['Postcode (Billing)', 'postcode', 'customer'],
  ['Email (Billing)', 'email', 'customer'], ['Phone (Billing)', 'phone', 'customer'], ['Billing First Name', 'first-name', 'customer'],
  ['Billing Email Address', 'email', 'customer'], ['Shipping Address 1', 'street', 'customer'], ['billing_first_name', 'first-name', 'customer'],
  ['billing_postcode', 'postcode', 'customer'], ['shipping_address_1', 'street', 'customer'], ['Item Name', 'product'], ['Item Cost', 'price'],
];

const LANGUAGES: Case[] = [
  ['Vorname', 'first-name'], ['Nachname', 'last-name'], ['Straße', 'street'], ['Hausnummer', 'house-number'], ['PLZ', 'postcode'],
  ['Ort', 'city'], ['Land', 'country'], ['Telefon', 'phone'], ['E-Mail', 'email'], ['Kunde', 'name', 'customer'], ['Empfänger', 'name', 'customer'],
  ['Kundennummer', 'id'], ['Lieferant', 'company', 'business'], ['Bestellnummer', 'order-id'], ['Menge', 'quantity'], ['Preis', 'price'],
  ['Prénom', 'first-name'], ['Nom', 'last-name'], ['Adresse', 'street'], ['Code postal', 'postcode'], ['Ville', 'city'], ['Pays', 'country'],
  ['Téléphone', 'phone'], ['Courriel', 'email'], ['Destinataire', 'name', 'customer'], ['Fournisseur', 'company', 'business'],
  ['Nombre', 'name'], ['Apellidos', 'last-name'], ['Dirección', 'street'], ['Código postal', 'postcode'], ['Ciudad', 'city'],
  ['Teléfono', 'phone'], ['Correo electrónico', 'email'], ['Cliente', 'name', 'customer'], ['Proveedor', 'company', 'business'],
  ['Nome', 'first-name'], ['Cognome', 'last-name'], ['Indirizzo', 'street'], ['CAP', 'postcode'], ['Città', 'city'], ['Cellulare', 'phone'],
  ['Fornitore', 'company', 'business'], ['Naam', 'name'], ['Voornaam', 'first-name'], ['Achternaam', 'last-name'], ['Straat', 'street'],
  ['Huisnummer', 'house-number'], ['Postcode', 'postcode'], ['Woonplaats', 'city'], ['Telefoonnummer', 'phone'], ['E-mailadres', 'email'],
  ['Klant', 'name', 'customer'], ['Leverancier', 'company', 'business'], ['Lieferadresse', 'street'],
];

describe('header semantics', () => {
  for (const [source, cases] of Object.entries({ AMAZON, EBAY, ETSY, SHOPIFY, WOOCOMMERCE, LANGUAGES })) {
    it.each(cases)(`${source}: %s → %s`, (header, expectedRole, expectedParty) => {
      const meaning = classifyHeader(header);
      expect(meaning?.role).toBe(expectedRole);
      if (expectedParty) expect(meaning?.party).toBe(expectedParty);
    });
  }

  it.each([['Feedback Left'], [''], ['Column 7']])('knows nothing about %j', (header) => {
    expect(role(header)).toBeUndefined();
  });

  it('normalizes camel case, separators and accents', () => {
    expect(normalizeHeader('buyerEmail')).toBe('buyer email');
    expect(normalizeHeader('Ship-Address1')).toBe('ship address 1');
    expect(normalizeHeader('Empfänger (Straße)')).toBe('empfanger strasse');
  });

  it('maps roles to the categories they count under', () => {
    expect(roleCategory('email')).toBe('email');
    expect(roleCategory('first-name')).toBe('name');
    expect(roleCategory('street')).toBe('address');
    expect(roleCategory('city')).toBeUndefined();
    expect(roleCategory('sku')).toBeUndefined();
  });
});

describe('Polish headers (Allegro exports)', () => {
  it('reads the name, address and contact columns of an Allegro sales export', () => {
    const roles = ['Numer zamówienia', 'Login kupującego', 'Imię i nazwisko', 'Imię', 'Nazwisko', 'Odbiorca', 'Telefon', 'Ulica i numer', 'Kod pocztowy', 'Miejscowość', 'Kraj', 'Nazwa oferty', 'Ilość', 'Kwota (PLN)'].map((h) => classifyHeader(h)?.role);
    expect(roles).toEqual(['order-id', 'username', 'name', 'first-name', 'last-name', 'name', 'phone', 'street', 'postcode', 'city', 'country', 'product', 'quantity', 'price']);
    expect(classifyHeader('Adres dostawy')).toEqual({ role: 'street', party: 'customer' });
  });
});
