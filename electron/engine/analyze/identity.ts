// The seller's own business details (settings) are never customer data: a match equal to one of
// them is dropped. Values are compared in a canonical form: emails lower-cased (and any address
// at the seller's own, non-webmail domain), phones as E.164, addresses by street and postcode,
// business names without legal forms, case or punctuation.
import type { Category, SellerIdentity } from '../../../shared/types.js';
import type { Hit } from './hit.js';
import type { AnalyzeOptions, HitSink } from './options.js';
import { normalizeAddress } from '../recognizers/address.js';
import { normalizeEmail } from '../recognizers/email.js';
import { foldWord } from '../recognizers/given-names.js';
import { nationalNumber, normalizePhone, phoneRegions } from '../recognizers/phone.js';
import { findPostcodes, isPostcode } from '../recognizers/postcodes.js';
import { findStreets } from '../recognizers/streets.js';

/** Mailbox providers shared by the public: a seller's gmail address does not make every gmail address theirs. */
const SHARED_MAIL_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.co.uk', 'yahoo.de', 'yahoo.fr', 'yahoo.es', 'yahoo.it', 'ymail.com',
  'hotmail.com', 'hotmail.co.uk', 'hotmail.de', 'hotmail.fr', 'hotmail.es', 'hotmail.it', 'outlook.com', 'outlook.de',
  'outlook.fr', 'live.com', 'live.co.uk', 'live.de', 'live.fr', 'live.nl', 'msn.com', 'icloud.com', 'me.com', 'mac.com',
  'aol.com', 'gmx.de', 'gmx.net', 'gmx.com', 'gmx.at', 'gmx.ch', 'web.de', 't-online.de', 'freenet.de', 'posteo.de',
  'mailbox.org', 'orange.fr', 'wanadoo.fr', 'free.fr', 'sfr.fr', 'laposte.net', 'neuf.fr', 'bbox.fr', 'libero.it',
  'virgilio.it', 'alice.it', 'tiscali.it', 'tin.it', 'email.it', 'telefonica.net', 'movistar.es', 'ziggo.nl', 'kpnmail.nl',
  'planet.nl', 'home.nl', 'hetnet.nl', 'xs4all.nl', 'telenet.be', 'skynet.be', 'eircom.net', 'btinternet.com',
  'sky.com', 'virginmedia.com', 'talktalk.net', 'ntlworld.com', 'protonmail.com', 'proton.me', 'pm.me', 'zoho.com',
  'mail.com', 'yandex.com', 'yandex.ru', 'comcast.net', 'verizon.net', 'att.net', 'bigpond.com', 'optusnet.com.au',
]);

/** A public mailbox provider (gmail.com, web.de …) rather than an organisation's own domain. */
export function isSharedMailDomain(domain: string): boolean {
  return SHARED_MAIL_DOMAINS.has(domain.toLowerCase());
}

export interface OwnIdentity {
  /** No identity configured: nothing is ever the seller's own. */
  readonly empty: boolean;
  /** The match is one of the seller's own details. */
  isOwn(category: Category, value: string, normalized: string): boolean;
  /** The text names the seller's business ("Widgets Ltd", "WIDGETS LIMITED"). */
  namesOwnBusiness(text: string): boolean;
}

/** A business name reduced to what distinguishes it: "Widgets Ltd." → "widgets". */
export function normalizeBusinessName(name: string): string {
  return name
    .split(/[^\p{L}\p{N}&]+/u)
    .filter(Boolean)
    .map(foldWord)
    .filter((w) => !BUSINESS_SUFFIX_WORDS.has(w))
    .join(' ');
}

const BUSINESS_SUFFIX_WORDS = new Set([
  'ltd', 'limited', 'llc', 'llp', 'plc', 'inc', 'incorporated', 'corp', 'corporation', 'co', 'gmbh', 'ag', 'kg', 'ug',
  'ohg', 'sarl', 'sas', 'sa', 'sl', 'slu', 'spa', 'srl', 'bv', 'nv', 'the', '&', 'and', 'und', 'et', 'y', 'e', 'en',
]);

/** Street-type words every other address shares too: no use for telling the seller's apart. */
const STREET_TYPE_WORDS = new Set(['street', 'road', 'lane', 'avenue', 'drive', 'close', 'court', 'place', 'strasse', 'weg', 'platz', 'allee', 'gasse', 'straat', 'laan', 'rue', 'calle', 'avenida', 'plaza', 'piazza', 'viale', 'corso']);

function streetKeys(address: string): string[] {
  return findStreets(address).map((s) => normalizeAddress(s.value));
}

function postcodeKeys(address: string): string[] {
  const codes = findPostcodes(address).map((p) => p.code);
  if (codes.length === 0 && isPostcode(address)) codes.push(address.replace(/[\s-]/g, '').toUpperCase());
  return codes;
}

const NOBODY: OwnIdentity = { empty: true, isOwn: () => false, namesOwnBusiness: () => false };
const built = new WeakMap<SellerIdentity, OwnIdentity>();

/** The seller's identity prepared for comparison; built once per settings object. */
export function ownIdentity(identity: SellerIdentity, extraPhoneRegions: readonly string[] = []): OwnIdentity {
  const total = identity.businessNames.length + identity.emails.length + identity.phones.length + identity.addresses.length;
  if (total === 0) return NOBODY;
  const cached = built.get(identity);
  if (cached) return cached;

  const regions = phoneRegions(extraPhoneRegions);
  const emails = new Set(identity.emails.map(normalizeEmail));
  const domains = new Set(
    [...emails].map((e) => e.slice(e.lastIndexOf('@') + 1)).filter((d) => d.length > 0 && !SHARED_MAIL_DOMAINS.has(d)),
  );
  const phones = new Set(identity.phones.map((p) => normalizePhone(p, regions)));
  const phoneTails = new Set([...phones].map((p) => p.replace(/\D/g, '').slice(-9)).filter((t) => t.length >= 7));
  // The national number without trunk prefix ('91 563482' of '+353 91 563482'): a number written
  // nationally ('091 563482') may have been read as another country's (Palermo's 091), so its
  // E.164 form differs; its digits still end with the seller's national number.
  const nationals = identity.phones.map((p) => nationalNumber(p, regions)).filter((n): n is string => n !== undefined && n.length >= 7);
  const addresses = identity.addresses.map(normalizeAddress).filter((a) => a.length >= 4);
  const streets = new Set(identity.addresses.flatMap(streetKeys));
  const postcodes = new Set(identity.addresses.flatMap(postcodeKeys));
  const businesses = identity.businessNames.map(normalizeBusinessName).filter((b) => b.length >= 3);
  const businessSet = new Set(businesses);
  const businessWords = new Set(businesses.flatMap((b) => b.split(' ')));

  // Words that any address of the seller's must share with a hit: a cheap test before the patterns.
  const telltales = [...new Set([...streets].flatMap((k) => k.split(' ')).filter((w) => w.length >= 4 && !/^\d+$/.test(w) && !STREET_TYPE_WORDS.has(w)))];
  const codes = [...postcodes].map((c) => c.toLowerCase());
  const isOwnAddress = (value: string, normalized: string): boolean => {
    if (addresses.some((a) => a === normalized || (normalized.length >= 8 && a.includes(normalized)) || normalized.includes(a))) return true;
    const compact = normalized.replace(/ /g, '');
    if (!telltales.some((w) => normalized.includes(w)) && !codes.some((c) => compact.includes(c))) return false;
    const hitStreets = streetKeys(value);
    if (hitStreets.some((s) => streets.has(s))) return true;
    // An address without a street line ("Brighton BN1 4GH") is the seller's when its postcode is.
    return hitStreets.length === 0 && postcodeKeys(value).some((c) => postcodes.has(c));
  };

  const own: OwnIdentity = {
    empty: false,
    isOwn(category, value, normalized) {
      switch (category) {
        case 'email': {
          const email = normalizeEmail(normalized);
          return emails.has(email) || domains.has(email.slice(email.lastIndexOf('@') + 1));
        }
        case 'phone': {
          if (phones.has(normalized)) return true;
          const tail = normalized.replace(/\D/g, '').slice(-9);
          if (tail.length >= 7 && phoneTails.has(tail)) return true;
          const written = value.replace(/\D/g, '');
          return nationals.some((n) => written.endsWith(n));
        }
        case 'address':
          return isOwnAddress(value, normalized);
        case 'name':
          // A sole trader's own name, when the business is registered under it (names arrive folded).
          if (businessSet.has(normalized)) return true;
          // Spelled another way ("WIDGETS LIMITED"): compared in full only when a word is shared.
          return normalized.toLowerCase().split(' ').some((w) => businessWords.has(w)) && businessSet.has(normalizeBusinessName(value));
      }
    },
    namesOwnBusiness(text) {
      if (businesses.length === 0) return false;
      const normalized = normalizeBusinessName(text);
      if (normalized.length < 3) return false;
      return businesses.some((b) => normalized === b || ` ${normalized} `.includes(` ${b} `));
    },
  };
  built.set(identity, own);
  return own;
}

/**
 * The last step before a hit leaves the analysers: below the threshold or the seller's own, it is
 * dropped; otherwise it goes to the sink.
 */
export function hitGate(sink: HitSink, options: AnalyzeOptions): (hit: Hit) => void {
  const own = ownIdentity(options.identity, options.phoneRegions);
  return (hit) => {
    if (hit.confidence < options.minConfidence) return;
    if (!own.empty && own.isOwn(hit.category, hit.value, hit.normalized)) return;
    sink.add(hit);
  };
}
