// The seller's settings: their own business identity (never counted as customer data) and scan
// preferences. Used by `cda scan --config` and the app's Settings screen; validated wherever it
// crosses a process or file boundary.
import { z } from 'zod';

export const sellerIdentitySchema = z.object({
  businessNames: z.array(z.string().max(200)).max(50).default([]),
  emails: z.array(z.string().max(320)).max(50).default([]),
  phones: z.array(z.string().max(40)).max(50).default([]),
  addresses: z.array(z.string().max(400)).max(50).default([]),
});

export const settingsSchema = z.object({
  identity: sellerIdentitySchema.default({ businessNames: [], emails: [], phones: [], addresses: [] }),
  exclude: z.array(z.string().min(1).max(500)).max(500).default([]),
  ocr: z.boolean().default(true),
  jobs: z.number().int().min(1).max(32).optional(),
  phoneRegions: z.array(z.string().regex(/^[A-Za-z]{2}$/)).max(50).default([]),
  minConfidence: z.number().min(0).max(1).optional(),
  /** Days after a file's date that customer data may be kept (Review flags older files); 30 when unset (DEFAULT_RETENTION_DAYS). */
  retentionDays: z.number().int().min(1).max(3650).optional(),
  /** Start watching watchFolders when the seller logs in (opt-in; the OS's login item). */
  watchAtLogin: z.boolean().optional(),
  watchFolders: z.array(z.string().min(1).max(4096)).max(100).optional(),
});

export type Settings = z.infer<typeof settingsSchema>;

export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}
