// Email addresses: a linear scan around each '@' (no backtracking regex), RFC 5322 dot-atom
// syntax, and the top-level domain checked against IANA's list (the `tlds` package, MIT,
// regenerated from IANA's root zone on each release), so "logo@2x.png" or "a@b.c" are not emails.
// Marketplace relay addresses are customer data; role addresses (info@, sales@ …) belong to a
// business and get a low score, so they count only where a column or a cue says "customer".
import { createRequire } from 'node:module';
import { clamp01, textBefore } from './context.js';
import type { Match, Recognizer } from './types.js';

const require = createRequire(import.meta.url);
const TLDS = new Set<string>((require('tlds') as string[]).map((t) => t.toLowerCase()));

export const EMAIL_BASE = 0.85;
export const EMAIL_RELAY = 0.95;
/** Below the default threshold: a role address alone does not make a file hold customer data. */
export const EMAIL_ROLE = 0.3;
/** RFC 2606 names (example.com …): never a real customer, but kept visible in customer columns. */
export const EMAIL_RESERVED = 0.35;

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

/** Customer addresses issued by marketplaces to hide the buyer's own address. */
const RELAY_DOMAINS = [
  /(^|\.)marketplace\.amazon\.[a-z.]{2,10}$/, // Amazon buyer-seller messaging
  /(^|\.)members\.ebay\.[a-z.]{2,10}$/, // eBay member relay
  /^privaterelay\.appleid\.com$/, // Sign in with Apple "hide my email"
  /^allegromail\.pl$/, // Allegro buyer relay
];

/**
 * The marketplaces', payment services' and carriers' own domains (gitleaks-style allowlist):
 * `"eBay" <ebay@ebay.com>` or `auto-confirm@amazon.de` is the platform writing, never a customer.
 * Their buyer relays (members.ebay.com, marketplace.amazon.co.uk) are checked first and stay customer data.
 */
const PLATFORM_DOMAIN =
  /(?:^|\.)(?:ebay|amazon|etsy|paypal|shopify|stripe|klarna|zalando|cdiscount|allegro|kaufland|otto|bol|fnac|manomano|vinted|wish|aliexpress|royalmail|parcelforce|dhl|ups|fedex|dpd|gls|hermes|evri|postnl|laposte|colissimo|correos|poste|inpost|auspost|canadapost|usps)\.(?:com|net|de|fr|es|it|nl|be|at|ch|ie|pl|se|co\.uk|com\.au|ca|com\.mx|co\.jp|in|sg)$/;

const RESERVED_DOMAIN = /(^|\.)example\.(com|net|org)$|\.(example|invalid|localhost|test|local)$/;

/** Local parts of shared business mailboxes, in the project's six languages. */
const ROLE_LOCAL = new Set([
  'info', 'information', 'sales', 'sale', 'support', 'help', 'helpdesk', 'service', 'services', 'customerservice',
  'customer.service', 'customer-service', 'customercare', 'customer.care', 'care', 'contact', 'contactus', 'contact-us',
  'hello', 'hi', 'hey', 'office', 'admin', 'administrator', 'webmaster', 'postmaster', 'hostmaster', 'abuse', 'noreply',
  'no-reply', 'no_reply', 'donotreply', 'do-not-reply', 'do_not_reply', 'mailer-daemon', 'bounce', 'bounces', 'orders',
  'order', 'shop', 'store', 'team', 'billing', 'accounts', 'account', 'accounting', 'invoice', 'invoices', 'finance',
  'marketing', 'press', 'pr', 'media', 'jobs', 'careers', 'hr', 'legal', 'privacy', 'security', 'returns', 'shipping',
  'dispatch', 'warehouse', 'newsletter', 'news', 'notifications', 'notification', 'alerts', 'enquiries', 'enquiry',
  'inquiries', 'inquiry', 'partners', 'wholesale', 'trade', 'purchasing', 'procurement', 'reception', 'mail', 'email',
  'feedback', 'booking', 'bookings', 'reservations', 'events', 'compliance', 'dpo', 'gdpr', 'it', 'tech', 'dev',
  // German
  'kontakt', 'bestellung', 'bestellungen', 'rechnung', 'rechnungen', 'buchhaltung', 'kundenservice', 'kundendienst',
  'versand', 'retouren', 'einkauf', 'vertrieb', 'verkauf', 'zentrale', 'buero', 'büro', 'datenschutz', 'presse',
  // French
  'commande', 'commandes', 'serviceclient', 'service-client', 'service.client', 'ventes', 'vente', 'commercial',
  'compta', 'comptabilite', 'facturation', 'accueil', 'bonjour', 'livraison', 'achats', 'contactez-nous',
  // Spanish
  'contacto', 'ventas', 'pedidos', 'pedido', 'atencionalcliente', 'atencion.cliente', 'facturacion', 'administracion',
  'compras', 'hola', 'envios',
  // Italian
  'ordini', 'ordine', 'vendite', 'assistenza', 'amministrazione', 'contatti', 'acquisti', 'spedizioni', 'ciao',
  'fatturazione', 'segreteria',
  // Dutch
  'klantenservice', 'verkoop', 'bestellingen', 'facturen', 'administratie', 'inkoop', 'hallo', 'verzending',
]);

/** Words that make up system and department mailboxes ("seller-notification", "order.updates"). */
const ROLE_WORDS = new Set([
  'no', 'not', 'do', 'reply', 'notification', 'notifications', 'notify', 'alert', 'alerts', 'update', 'updates', 'system',
  'auto', 'automated', 'automatic', 'mailer', 'robot', 'bot', 'daemon', 'seller', 'sellers', 'merchant', 'merchants',
  'partner', 'partners', 'marketplace', 'shipment', 'shipments', 'tracking', 'delivery', 'deliveries', 'dispatch',
  'confirm', 'confirmation', 'confirmations', 'receipt', 'receipts', 'customer', 'customers', 'client', 'clients',
  'service', 'services', 'care', 'desk', 'center', 'centre', 'hub', 'mail', 'email', 'web', 'online', 'shop', 'store',
  'team', 'dept', 'department', 'office', 'general', 'enquiries', 'questions', 'feedback', 'payments', 'payment',
  'account', 'accounts', 'order', 'orders', 'sales', 'support', 'help', 'info', 'news', 'newsletter', 'marketing', 'admin',
  'noreply', 'donotreply', 'returns', 'refunds', 'billing', 'invoices', 'invoice', 'team', 'hello', 'contact',
]);

// Character classes as lookup tables: the scan runs on every '@' of a 100 MB file.
const LOCAL_CHARS = new Uint8Array(128);
const DOMAIN_CHARS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9]/.test(ch)) {
    LOCAL_CHARS[c] = 1;
    DOMAIN_CHARS[c] = 1;
  }
  if ("!#$%&'*+/=?^_`{|}~.-".includes(ch)) LOCAL_CHARS[c] = 1;
  if ('.-'.includes(ch)) DOMAIN_CHARS[c] = 1;
}
const LETTER = /\p{L}/u;

function isLocalChar(code: number, ch: string): boolean {
  return code < 128 ? LOCAL_CHARS[code] === 1 : LETTER.test(ch);
}
function isDomainChar(code: number, ch: string): boolean {
  return code < 128 ? DOMAIN_CHARS[code] === 1 : LETTER.test(ch);
}

const LABEL = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?)$/u;

const domainVerdicts = new Map<string, boolean>();

/** The domain is syntactically valid and ends in a delegated top-level domain. */
let lastDomain = '';
let lastVerdict = false;

export function isValidDomain(domain: string): boolean {
  // A file of orders repeats a handful of domains (gmail.com, marketplace.amazon.de) a million
  // times, often one after the other: the last answer costs a string comparison, others a lookup.
  if (domain === lastDomain) return lastVerdict;
  const verdict = domainVerdict(domain);
  lastDomain = domain;
  lastVerdict = verdict;
  return verdict;
}

function domainVerdict(domain: string): boolean {
  const known = domainVerdicts.get(domain);
  if (known !== undefined) return known;
  const verdict = checkDomain(domain);
  if (domainVerdicts.size < 10_000) domainVerdicts.set(domain, verdict);
  return verdict;
}

function checkDomain(domain: string): boolean {
  const labels = domain.toLowerCase().split('.');
  if (labels.length < 2 || labels.length > 10) return false;
  for (const label of labels) if (!LABEL.test(label)) return false;
  const tld = labels[labels.length - 1]!;
  return TLDS.has(tld) && !/^\d+$/.test(tld);
}

export type EmailKind = 'personal' | 'relay' | 'role' | 'reserved';

/** What kind of mailbox this is, from its local part and domain. */
export function emailKind(address: string): EmailKind {
  const lower = address.toLowerCase();
  const at = lower.lastIndexOf('@');
  const byDomain = domainKind(lower.slice(at + 1));
  if (byDomain) return byDomain;
  const local = lower.slice(0, at).replace(/\+.*$/, '');
  if (ROLE_LOCAL.has(local) || /^(?:no-?reply|do-?not-?reply|info|sales|support|orders?|contact)[._-]/.test(local)) return 'role';
  // "seller-notification", "shipment.updates", "team2": every word a mailbox function, none a name.
  const words = local.split(/[._+-]+/).filter(Boolean);
  if (words.length > 1 && words.every((w) => ROLE_LOCAL.has(w) || ROLE_WORDS.has(w) || /^\d+$/.test(w))) return 'role';
  return 'personal';
}

let lastKindDomain = '';
let lastKind: EmailKind | undefined;

/** What the domain alone says: a marketplace relay, a reserved domain, a platform's own mailbox. */
function domainKind(domain: string): EmailKind | undefined {
  // Consecutive addresses of an export share their domain (every Amazon buyer's relay address).
  if (domain === lastKindDomain) return lastKind;
  const kind = RELAY_DOMAINS.some((re) => re.test(domain)) ? 'relay' : RESERVED_DOMAIN.test(domain) ? 'reserved' : PLATFORM_DOMAIN.test(domain) ? 'role' : undefined;
  lastKindDomain = domain;
  lastKind = kind;
  return kind;
}

export function normalizeEmail(address: string): string {
  return address.trim().toLowerCase();
}

const KIND_SCORE: Record<EmailKind, number> = { personal: EMAIL_BASE, relay: EMAIL_RELAY, role: EMAIL_ROLE, reserved: EMAIL_RESERVED };

/** The confidence of an address by its kind alone, without context: scoreEmail(address, '') without the explanation. */
export function kindConfidence(kind: EmailKind): number {
  return clamp01(KIND_SCORE[kind]);
}

const POSITIVE = /\b(e-?mail|mail|courriel|correo|posta|buyer|customer|client|kunde|käufer|acheteur|comprador|acquirente|klant|from|von|de|to|an|reply)\b/;

export interface FoundEmail {
  value: string;
  start: number;
  end: number;
}

/** Every syntactically valid address with a real TLD in `text`, in order. */
export function findEmails(text: string): FoundEmail[] {
  const found: FoundEmail[] = [];
  let at = text.indexOf('@');
  while (at !== -1) {
    const email = emailAround(text, at);
    if (email) found.push(email);
    at = text.indexOf('@', email ? email.end : at + 1);
  }
  return found;
}

function emailAround(text: string, at: number): FoundEmail | undefined {
  let start = at;
  while (start > 0 && at - start < MAX_LOCAL) {
    const ch = text[start - 1]!;
    if (!isLocalChar(ch.charCodeAt(0), ch)) break;
    start--;
  }
  let end = at + 1;
  while (end < text.length && end - at <= MAX_DOMAIN) {
    const ch = text[end]!;
    if (!isDomainChar(ch.charCodeAt(0), ch)) break;
    end++;
  }
  // Trim what a sentence or a list adds around an address.
  while (start < at && /[.'`{|}~=?^!#$%&*+/-]/.test(text[start]!)) start++;
  while (end > at + 1 && /[.-]/.test(text[end - 1]!)) end--;
  const local = text.slice(start, at);
  const domain = text.slice(at + 1, end);
  if (local.length === 0 || domain.length === 0) return undefined;
  if (local.endsWith('.') || local.includes('..')) return undefined;
  // user:password@host in a URL is a credential, not an address
  if (start >= 3 && text.slice(Math.max(0, start - 12), start).includes('://')) return undefined;
  if (!isValidDomain(domain)) return undefined;
  return { value: text.slice(start, end), start, end };
}

/** Scores one address found in `text`; the column analyser uses the same numbers. */
export function scoreEmail(address: string, before: string): { confidence: number; explanation: string; kind: EmailKind } {
  const kind = emailKind(address);
  let confidence = KIND_SCORE[kind];
  let explanation = `pattern+tld:${kind}`;
  if (kind !== 'relay' && POSITIVE.test(before)) {
    confidence += kind === 'personal' ? 0.1 : 0;
    explanation += '+context';
  }
  return { confidence: clamp01(confidence), explanation, kind };
}

export const emailRecognizer: Recognizer = {
  category: 'email',
  name: 'email',
  keywords: ['@'],
  detect(text: string): Match[] {
    return findEmails(text).map((e) => {
      const { confidence, explanation } = scoreEmail(e.value, textBefore(text, e.start));
      return { category: 'email', value: e.value, normalized: normalizeEmail(e.value), start: e.start, end: e.end, confidence, explanation };
    });
  },
  samples: {
    positive: [
      'jane.dawson@gmail.com',
      'Contact: Anna.Schmidt@web.de',
      'buyer-email: 5x9kq2mvl7ptwz3@marketplace.amazon.co.uk',
      'c.dupont+shop@orange.fr, merci',
      'Reply to <giulia_rossi@libero.it>.',
      'pieter@bakker.nl',
      'josé.garcía@correo.es',
      'a1b2c3d4e5@members.ebay.com',
      'From: "Buyer" <5x9kq2mvl7ptwz3@marketplace.amazon.co.uk>', // a buyer relay at a platform's domain
    ],
    negative: [
      'logo@2x.png', // a file name, not a TLD
      'price @ 5.99 each',
      '@janedawson on social media',
      'user@localhost',
      'a@b.c',
      'info@widgets-shop.com', // a role address: found, but below the threshold on its own
      'noreply@shop.example', // reserved name
      'https://user:secret@files.example.net/path',
      'jane..dawson@gmail.com',
      'From: "eBay" <ebay@ebay.com>', // the marketplace itself writing
      'auto-confirm@amazon.de',
    ],
  },
};
