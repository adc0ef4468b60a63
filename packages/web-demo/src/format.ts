/** Small display helpers: turning ids into words. No session state is derived here. */

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** How a mood word feels, for the quiet visual only (the word itself is always shown). */
export function moodTone(mood: string): 'warm' | 'tense' | 'neutral' {
  const m = mood.toLowerCase();
  // Tense first: "unheard" contains "heard".
  if (
    /(unheard|dismiss|pulled back|hurt|heated|flood|angry|upset|defens|withdr|tense|frustr|shut|cold)/.test(m)
  ) {
    return 'tense';
  }
  if (/(heard|opening|soften|reconnect|support|open to|warm|relie|calm|close|better)/.test(m)) return 'warm';
  return 'neutral';
}

export function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}
