import type { Span } from '@rapport/core';

const BOLD_UNDERLINE = '\u001b[1;4m';
const RESET = '\u001b[0m';

/**
 * Marks the given spans in `text`: ANSI bold-underline on a terminal, «guillemets» elsewhere.
 * Overlapping spans are merged so the marks never nest.
 */
export function highlightSpans(text: string, spans: readonly Span[], color: boolean): string {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const [open, close] = color ? [BOLD_UNDERLINE, RESET] : ['«', '»'];
  let out = '';
  let at = 0;
  for (const [start, end] of merged) {
    out += `${text.slice(at, start)}${open}${text.slice(start, end)}${close}`;
    at = end;
  }
  return out + text.slice(at);
}
