// Header semantics: what a spreadsheet column holds, from its header, in EN/DE/FR/ES/NL/IT and
// in the exact spellings of marketplace order reports (Amazon Seller Central, eBay, Etsy, Shopify,
// WooCommerce — see the test file for the header rows these rules were checked against).
// A header gives a role (a kind of personal data, or a business field such as sku or price) and
// a party (the customer's, the business's own, or unknown). The table analyser confirms the role
// with the values before trusting it.
import type { Category } from '../../../shared/types.js';

export type PersonalRole =
  | 'email'
  | 'phone'
  | 'name'
  | 'first-name'
  | 'last-name'
  | 'street'
  | 'street2'
  | 'house-number'
  | 'city'
  | 'region'
  | 'postcode'
  | 'country';

export type BusinessRole =
  | 'company'
  | 'username'
  | 'sku'
  | 'product'
  | 'price'
  | 'quantity'
  | 'date'
  | 'order-id'
  | 'id'
  | 'tracking'
  | 'tax-id'
  | 'note'
  | 'other';

export type ColumnRole = PersonalRole | BusinessRole;

/** Whose data a column holds: "Buyer Email" the customer's, "Supplier Email" a business's. */
export type Party = 'customer' | 'business' | 'unknown';

export interface HeaderMeaning {
  role: ColumnRole;
  party: Party;
}

const PERSONAL_ROLES = new Set<ColumnRole>(['email', 'phone', 'name', 'first-name', 'last-name', 'street', 'street2', 'house-number', 'city', 'region', 'postcode', 'country']);

export function isPersonalRole(role: ColumnRole): role is PersonalRole {
  return PERSONAL_ROLES.has(role);
}

/** The category a role's values count under, if any (city or country alone is not an address). */
export function roleCategory(role: ColumnRole): Category | undefined {
  switch (role) {
    case 'email':
    case 'phone':
      return role;
    case 'name':
    case 'first-name':
    case 'last-name':
      return 'name';
    case 'street':
    case 'street2':
    case 'house-number':
    case 'postcode':
      return 'address';
    default:
      return undefined;
  }
}

/** "Ship-Address1", "buyerEmail", "Empfänger (Name)" → "ship address 1", "buyer email", "empfanger name". */
export function normalizeHeader(header: string): string {
  return header
    .slice(0, 80)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([\p{L}])(\d)/gu, '$1 $2')
    .replace(/(\d)([\p{L}])/gu, '$1 $2')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Rules in priority order: the first that matches names the role. Written against the normalized
// header, so "E-Mail-Adresse", "e_mail" and "EMAIL" read alike.
const RULES: Array<[ColumnRole, RegExp]> = [
  // Flags and preferences about a field are not the field ("Accepts Email Marketing", "email opt in").
  ['other', /\b(?:accepts?|opt(?:ed)? ?(?:in|out)|consent|marketing|subscribed?|verified|newsletter|is|has|sent|bounced?|valid|validated|type|format|preference|einwilligung|zustimmung)\b/],
  ['tax-id', /\b(?:tax (?:id|identifier|registration|number|reg)|vat (?:id|no|number|reg)|ust ?id|ust nr|steuernummer|steuer id|tva intra|numero de tva|nif|cif|partita iva|p iva|codice fiscale|btw nummer|btw nr|kvk|siret|siren|eori)\b/],
  ['email', /\b(?:e ?mail|email|emails|mail address|mail adresse|courriel|correo(?: electronico)?|posta elettronica|pec|e ?mailadres)\b|^mail$/],
  // Polish (Allegro): "Imię i nazwisko" is the whole name, before the first- and last-name rules see its words.
  ['name', /^imie i nazwisko$|^imie nazwisko$/],
  // "SMS": the mobile-number column of SMS marketing tools (Brevo, Klaviyo SMS exports); "SMS consent" is caught above.
  ['phone', /\b(?:contact (?:no|nr|number|num)|phone|phones|telephone|tel|tele|telefon|telefonnummer|telefono|telefonu|telefoon|telefoonnummer|tfno|komorka|mobile|mobil|mobilnummer|mobiel|handy|handynummer|cell|cellphone|cellulare|movil|celular|portable|gsm|fax|whats ?app|sms)\b/],
  ['username', /\b(?:user ?name|user ?id|login|nickname|nick|benutzername|pseudo|identifiant|usuario|nome utente|gebruikersnaam|ebay user id|buyer user id)\b/],
  ['order-id', /\b(?:order|orders|bestell|bestellung|auftrag|commande|pedido|ordine|bestelling|invoice|rechnung|facture|factura|fattura|factuur|receipt|transaction|transaktion|payment|purchase order|sales record|record|quittung|beleg)\s?(?:id|no|nr|number|nummer|num|numero|#|ref|reference)\b|\b(?:bestellnummer|auftragsnummer|rechnungsnummer|bestelnummer|factuurnummer|transaktionsnummer)\b|\b(?:numer|nr|id) zamowienia\b|^(?:order|invoice|transaction|paypal transaction id)$/],
  ['tracking', /\b(?:tracking|track|sendungsnummer|sendungsverfolgung|suivi|seguimiento|tracciamento|carrier|versanddienstleister|transporteur|transportista|corriere|vervoerder|ship service|shipping service|shipping method|ship via|shipped via|versandart|mode de livraison|metodo de envio|metodo di spedizione|verzendmethode|metoda dostawy|sposob dostawy|przewoznik|numer przesylki|fulfillment|fulfilment|ship by|shipped)\b/],
  ['sku', /\b(?:sku|asin|ean|upc|gtin|isbn|mpn|barcode|item number|item no|item id|article number|artikelnummer|art nr|artikel nr|product code|product id|item code|listing id|variant id|custom label|reference|referenz|ref|referencia|riferimento|codice articolo|codice|code article|referentie|artikelcode)\b/],
  ['price', /\b(?:price|prices|amount|total|subtotal|sub total|cost|costs|tax|taxes|vat|fee|fees|discount|refund|refunded|balance|sold for|shipping and handling|revenue|gross|net|margin|value|preis|betrag|summe|kosten|gebuhr|mwst|ust|rabatt|prix|montant|frais|remise|precio|importe|iva|descuento|gastos|prezzo|importo|sconto|spese|prijs|bedrag|btw|korting|kosten|kwota|cena|wartosc)\b/],
  ['quantity', /\b(?:quantity|qty|units|count|stock|inventory|number of items|menge|anzahl|stuckzahl|stuck|bestand|lager|quantite|qte|cantidad|existencias|unidades|quantita|giacenza|pezzi|aantal|voorraad|stuks|ilosc|liczba)\b/],
  ['date', /\b(?:date|dates|time|timestamp|created|updated|paid at|fulfilled at|cancelled at|year|month|day|datum|zeit|uhrzeit|jahr|monat|fecha|hora|data|ora|anno|mese|tijd|jaar|maand|heure|annee|mois)\b/],
  ['other', /\b(?:marketplace|platform|site|sales channel|status|state of|currency|wahrung|devise|moneda|valuta|payment method|zahlungsart|paiement|pago|pagamento|betaalmethode|channel|source|risk|tags|tag|url|link|website|web|image|photo|bild|weight|gewicht|poids|peso|gewicht|dimensions|size|grosse|taille|talla|taglia|maat|colou?r|farbe|couleur|kleur|material|category|kategorie|categorie|categoria|type|typ|brand|marke|marque|marca|merk|warehouse|location|employee|device|ip|language|sprache|langue|idioma|lingua|taal|gender|geschlecht|genre|sexo|sesso|geslacht|birthday|geburtstag|age|alter)\b/],
  // Whom a gift card or a gift message is for ("Card to", "Gift message to", "Gift recipient"): a person, not the note itself.
  ['name', /^(?:gift )?(?:card|message|gift message|note|tag) (?:to|for)(?: name)?$|^gift (?:recipient|receiver)(?: name)?$|^giftee$/],
  ['note', /\b(?:note|notes|comment|comments|message|instructions|remarks|bemerkung|bemerkungen|kommentar|notiz|hinweis|remarque|commentaire|nota|notas|comentario|commento|opmerking|opmerkingen|gift)\b/],
  ['postcode', /\b(?:zip|zipcode|zip code|post ?code|postal code|postleitzahl|plz|code postal|cp|codigo postal|c p|cap|c a p|eircode|postal|kod pocztowy)\b/],
  ['city', /\b(?:city|town|post town|suburb|ort|stadt|wohnort|ville|commune|ciudad|localidad|poblacion|municipio|citta|comune|localita|plaats|woonplaats|gemeente|miasto|miejscowosc)\b/],
  ['region', /\b(?:state|province|county|region|bundesland|kanton|departement|provincia|regione|provincie|comunidad|wojewodztwo)\b/],
  ['country', /\b(?:country|countries|land|pays|pais|paese|nazione|nation|kraj)\b/],
  // A house number alone; "Via e numero civico" or "Straße und Hausnummer" is the street line.
  ['house-number', /^(?!.*\b(?:via|street|strasse|str|rue|calle|straat|address|adresse|indirizzo|direccion|adres)\b).*\b(?:house number|house no|hausnummer|hausnr|haus nr|huisnummer|huisnr|numero civico|civico|numero de rue|numero de calle|toevoeging|numer domu|nr domu)\b/],
  ['street2', /\b(?:address|street|adresse|strasse|direccion|indirizzo|adres|straat|ligne adresse)\s(?:2|3|line 2|line 3|zeile 2|ligne 2|linea 2|regel 2)\b|\b(?:adresszusatz|zusatz|complement|complemento|address 2|street 2|address line 2|address complement)\b/],
  ['street', /\b(?:address|addr|street|adresse|anschrift|strasse|str|rue|voie|direccion|domicilio|calle|indirizzo|via|adres|straat|straatnaam|street address|address line|addressline|lieferadresse|rechnungsadresse|lieferanschrift|rechnungsanschrift|postanschrift|verzendadres|afleveradres|factuuradres|woonadres|ulica)\b/],
  ['product', /\b(?:product|products|item|items|lineitem|line item|title|description|article|artikel|bezeichnung|produkt|beschreibung|produit|designation|libelle|producto|articulo|descripcion|prodotto|articolo|descrizione|omschrijving|variation|variant|variante|handle|listing|model|modell|modele|modelo|modello|nazwa oferty|tytul oferty|oferta)\b/],
  ['company', /\b(?:company|companies|business|organisation|organization|org|firm|firma|firmenname|unternehmen|societe|entreprise|raison sociale|empresa|razon social|azienda|ditta|ragione sociale|bedrijf|bedrijfsnaam|supplier|suppliers|vendor|vendors|manufacturer|lieferant|hersteller|fournisseur|fabricant|proveedor|fabricante|fornitore|produttore|leverancier|fabrikant)\b/],
  ['first-name', /\b(?:first ?name|given name|forename|first|vorname|prenom|nombre de pila|voornaam|roepnaam|imie)\b|^nome$|\bnome (?:billing|shipping|fatturazione|spedizione)\b/],
  ['last-name', /\b(?:last ?name|surname|family name|last|nachname|familienname|zuname|nom de famille|apellidos?|cognome|achternaam|familienaam|nazwisko)\b|^nom$|\bnom (?:livraison|facturation)\b/],
  ['id', /\b(?:id|ids|identifier|nummer|number|no|nr|numero|num|kundennummer|customer number|client number|numero client|klantnummer)\b/],
  ['name', /\b(?:name|names|full ?name|fullname|nominativo|intestatario|titular|titulaire|klantnaam|kundenname|kundename|empfangername|contactnaam|volledige ?naam|customername|buyername|nombre del cliente|nome cliente|nom client|contact|contact person|ansprechpartner|nom|nom complet|nombre|nombre completo|nome|nome completo|naam|volledige naam|contactpersoon|customer|buyer|recipient|receiver|consignee|addressee|purchaser|attn|attention|kunde|kundin|kunden|kaufer|empfanger|besteller|client|cliente|clienti|klant|destinataire|destinatario|acheteur|comprador|acquirente|koper|ontvanger|odbiorca|kupujacy|klient|ship to|bill to|sold to|deliver to|post to|person|persona|personne|member|mitglied|membre|socio|lid)\b/],
];

const CUSTOMER_PARTY = /\b(?:buyer|customer|client|cliente|clienti|kunde|kunden|kundin|kaufer|recipient|receiver|empfanger|destinataire|destinatario|ontvanger|acheteur|comprador|acquirente|koper|klant|consignee|purchaser|addressee|ship|shipping|shipto|deliver|delivery|bill|billing|post to|sold to|kupujac\w*|odbiorc\w*|klient\w*|dostaw\w*|liefer\w*|rechnung\w*|livraison|facturation|envio|facturacion|spedizione|fatturazione|verzend\w*|aflever\w*|factuur\w*|default address|member|mitglied|membre|socio|besteller|patient|guest|subscriber)\b/;
const BUSINESS_PARTY = /\b(?:supplier|vendor|seller|merchant|manufacturer|store|shop|warehouse|lieferant|hersteller|verkaufer|handler|fournisseur|vendeur|fabricant|proveedor|vendedor|fabricante|fornitore|venditore|produttore|leverancier|verkoper|fabrikant|sender|absender|expediteur|remitente|mittente|afzender|ship from|return|item location|item zip|item country|employee|staff|mitarbeiter)\b/;

const cache = new Map<string, HeaderMeaning | null>();

/** What a header says its column holds; undefined when the header says nothing we know. */
export function classifyHeader(header: string): HeaderMeaning | undefined {
  const normalized = normalizeHeader(header);
  if (normalized.length === 0) return undefined;
  const cached = cache.get(normalized);
  if (cached !== undefined) return cached ?? undefined;
  const meaning = classify(normalized);
  if (cache.size < 10_000) cache.set(normalized, meaning ?? null);
  return meaning;
}

function classify(normalized: string): HeaderMeaning | undefined {
  for (const [role, re] of RULES) {
    if (!re.test(normalized)) continue;
    // "Billing Company" is the customer's company; "Company" alone or "Supplier" a business.
    const customer = CUSTOMER_PARTY.test(normalized);
    const business = BUSINESS_PARTY.test(normalized.replace(/\bbusiness order\b/, ''));
    const party: Party = customer && !business ? 'customer' : business && !customer ? 'business' : customer && business ? partyOfMixed(normalized) : 'unknown';
    return { role, party };
  }
  return undefined;
}

/** "Shop Customer Email" is the customer's; "Customer Service Phone" is not a role this handles. */
function partyOfMixed(normalized: string): Party {
  return /\b(?:buyer|customer|recipient|kunde|client|cliente|klant|empfanger|destinataire|destinatario)\b/.test(normalized) ? 'customer' : 'business';
}

/** Header-like text: short, no '@', mostly letters. Used to find the header row. */
export function looksLikeHeaderCell(cell: string): boolean {
  const v = cell.trim();
  if (v.length === 0 || v.length > 60 || v.includes('@')) return false;
  // "<customer name>", "{{email}}", "[Name]": a template's placeholder, not a header.
  if (/^(?:<.*>|\{\{.*\}\}|\[.*\])$/.test(v)) return false;
  const letters = (v.match(/\p{L}/gu) ?? []).length;
  return letters >= 2 && letters / v.length >= 0.5;
}
