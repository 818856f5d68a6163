// Where OCR keeps its result cache and finds its language data, per host. The cache lives in the
// user's own config or app-data folder (never the working directory, where tesseract.js and a
// naive cache would otherwise write); the packaged app ships the language data as a resource.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { OcrSettings } from './settings.js';

export const OCR_CACHE_FOLDER = 'ocr-cache';

/**
 * `appDir`: the app's userData folder or the CLI's config folder. `resourcesPath`: the packaged
 * app's resources folder (process.resourcesPath), whose ocr-data/eng holds the English model
 * (electron-builder.yml's extraResources); elsewhere the npm package's copy is used.
 */
export function ocrFolders(appDir: string, resourcesPath?: string): OcrSettings {
  const packaged = resourcesPath ? join(resourcesPath, 'ocr-data', 'eng') : undefined;
  const languageDir = packaged && existsSync(join(packaged, 'eng.traineddata.gz')) ? packaged : undefined;
  return { cacheDir: join(appDir, OCR_CACHE_FOLDER), ...(languageDir ? { languageDir } : {}) };
}

/** process.resourcesPath exists only inside Electron. */
export function electronResourcesPath(): string | undefined {
  const value = (process as { resourcesPath?: unknown }).resourcesPath;
  return typeof value === 'string' ? value : undefined;
}
