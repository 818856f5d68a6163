// Counts the pictures a scan reads by OCR, for the progress bar's "images read: N of M": OCR is
// the slow part of a scan, so it is shown on its own. Counted by file name, as the walk finds them
// (scanned PDF pages are not known until read, so they are not counted here).
import { formatByName } from '../not-inspected.js';

export class ImageProgress {
  private found = 0;
  private done = 0;

  constructor(private readonly ocr: boolean) {}

  fileFound(path: string): void {
    if (this.isPicture(path)) this.found++;
  }

  /** A walked file's result came back (archive entries are not walked files and are not counted). */
  fileDone(path: string): void {
    if (this.isPicture(path)) this.done++;
  }

  counts(): { imagesFound: number; imagesDone: number } {
    return { imagesFound: this.found, imagesDone: Math.min(this.done, this.found) };
  }

  private isPicture(path: string): boolean {
    return this.ocr && formatByName(path) === 'image';
  }
}
