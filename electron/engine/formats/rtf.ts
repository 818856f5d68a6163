// RTF (WordPad and TextEdit letters, some invoice tools) → plain text. Read raw, RTF splits words
// with control words and writes accented letters as \'fc or \u252, so a name like "Müller" or an
// address would be missed; this keeps the visible text and drops font tables, pictures and metadata.

/** Groups that hold no visible text (or only the author's metadata). */
const HIDDEN_DESTINATIONS = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'themedata', 'colorschememapping', 'datastore',
  'latentstyles', 'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'xmlnstbl', 'filetbl', 'revtbl',
  'listtext', 'pntext', 'pntxta', 'pntxtb', 'bkmkstart', 'bkmkend', 'mmathPr', 'wgrffmtfilter', 'ftnsep', 'ftnsepc',
]);

const BREAKS = new Set(['par', 'line', 'row', 'sect', 'page']);
const TABS = new Set(['tab', 'cell']);

interface GroupState {
  hidden: boolean;
  uc: number;
}

export function rtfToText(rtf: string): string {
  const out: string[] = [];
  const stack: GroupState[] = [];
  let state: GroupState = { hidden: false, uc: 1 };
  let fallbackToSkip = 0;
  let bytes: number[] = [];
  let decoder = codePageDecoder(1252);

  const flush = (): void => {
    if (bytes.length > 0) out.push(decoder.decode(Uint8Array.from(bytes)));
    bytes = [];
  };
  const emit = (text: string): void => {
    if (state.hidden) return;
    flush();
    out.push(text);
  };

  const n = rtf.length;
  let i = 0;
  while (i < n) {
    const ch = rtf.charCodeAt(i);
    if (ch === 0x7b /* { */) {
      stack.push(state);
      state = { ...state };
      i++;
    } else if (ch === 0x7d /* } */) {
      flush();
      state = stack.pop() ?? state;
      fallbackToSkip = 0;
      i++;
    } else if (ch === 0x5c /* \ */) {
      const next = rtf[i + 1];
      if (next === undefined) break;
      if (isLetter(next)) {
        let j = i + 1;
        while (j < n && isLetter(rtf[j]!)) j++;
        const word = rtf.slice(i + 1, j);
        let k = j;
        if (rtf[k] === '-' || isDigit(rtf[k])) {
          k++;
          while (k < n && isDigit(rtf[k])) k++;
        }
        const param = k > j ? Number.parseInt(rtf.slice(j, k), 10) : undefined;
        if (rtf[k] === ' ') k++;
        i = k;
        if (word === 'bin' && param !== undefined && param > 0) {
          i += param; // raw binary data follows
        } else if (HIDDEN_DESTINATIONS.has(word)) {
          state.hidden = true;
        } else if (word === 'ansicpg' && param !== undefined) {
          decoder = codePageDecoder(param);
        } else if (word === 'uc' && param !== undefined) {
          state.uc = param;
        } else if (word === 'u' && param !== undefined) {
          emit(String.fromCharCode(param < 0 ? param + 0x10000 : param));
          fallbackToSkip = state.uc;
        } else if (BREAKS.has(word)) {
          emit('\n');
        } else if (TABS.has(word)) {
          emit('\t');
        }
      } else if (next === '*') {
        state.hidden = true; // an optional destination this reader does not know
        i += 2;
      } else if (next === "'") {
        const code = Number.parseInt(rtf.slice(i + 2, i + 4), 16);
        i += 4;
        if (fallbackToSkip > 0) fallbackToSkip--;
        else if (!state.hidden && Number.isFinite(code)) bytes.push(code);
      } else {
        i += 2;
        if (next === '\\' || next === '{' || next === '}') emit(next);
        else if (next === '~') emit(' ');
        else if (next === '\n' || next === '\r') emit('\n');
      }
    } else if (ch === 0x0a || ch === 0x0d) {
      i++; // line breaks in the source are not text in RTF
    } else {
      if (fallbackToSkip > 0) fallbackToSkip--;
      else emit(rtf[i]!);
      i++;
    }
  }
  flush();
  return out.join('');
}

function isLetter(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function codePageDecoder(codePage: number): { decode(input: Uint8Array): string } {
  try {
    return new TextDecoder(codePage === 65001 ? 'utf-8' : `windows-${codePage}`);
  } catch {
    return new TextDecoder('windows-1252');
  }
}
