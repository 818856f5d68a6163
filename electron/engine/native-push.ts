// pdfjs-dist's legacy build (loaded by the PDF reader) carries core-js, which on V8 ≤ 12.1 (Node
// 20) replaces Array.prototype.push for the whole thread with a JavaScript version, to fix edge
// cases no reader here relies on (arrays with read-only or > 2³² lengths). Every push in a worker
// — each CSV cell, each hit — then costs a function call with argument checks: a 100 MB CSV took
// about 5 % longer and made far more garbage. This module must be imported before any reader: it
// keeps the engine's own push, and restoreNativePush puts it back after a library replaced it.
const nativePush = Array.prototype.push;

export function restoreNativePush(): void {
  // eslint-disable-next-line no-extend-native -- putting back the engine's own builtin, not extending it
  if (Array.prototype.push !== nativePush) Array.prototype.push = nativePush;
}
