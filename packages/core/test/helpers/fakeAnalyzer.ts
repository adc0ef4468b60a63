/**
 * A tiny keyword analyzer for engine tests, so they do not depend on the real analyzer's judgement.
 * Each rule is a regex → move; the match is the quoted cue.
 */
import type { Analysis, Analyzer, CrisisFinding, FeelingHit, MoveHit, MoveId } from '@rapport/core';

const RULES: readonly (readonly [RegExp, MoveId])[] = [
  [/\bit sounds like you(?:'re| are| felt)?[^.?!]*|\byou sound [^.?!]*/i, 'reflection'],
  [
    /\bthat (?:makes (?:total )?sense|sounds (?:really )?(?:hard|awful|frustrating|rough))|\bi'?d be upset too/i,
    'validation',
  ],
  [
    /\bwhat was the hardest part\??|\btell me more\b|\bhow did that feel\??|\bwhat happened\??/i,
    'open_question',
  ],
  [/\bdid (?:he|she|they) [^?]*\?/i, 'closed_question'],
  [
    /\bdo you want (?:advice|me to just listen|me to listen)[^?]*\??|\bhow can i support you\??/i,
    'asks_need',
  ],
  [
    /\byou should\b[^.?!]*|\bhave you tried\b[^.?!]*|\bwhy don'?t you\b[^.?!]*|\bjust make a list\b/i,
    'advice',
  ],
  [/\bnot a big deal\b|\bcalm down\b|\bit'?ll be fine\b|\bat least\b[^.?!]*/i, 'minimizing'],
  [/\bthat reminds me of\b[^.?!]*|\bmy day was\b[^.?!]*/i, 'self_focus'],
  [/\bi feel (?:unheard|hurt|lonely|anxious|sad) when\b[^.?!]*/i, 'i_statement'],
  [/\bi(?:'m| am| feel) (?:anxious|hurt|sad|overwhelmed|upset)\b/i, 'owns_feeling'],
  [/\b(?:could|can) we\b[^.?!]*\??/i, 'request'],
  [/\byou never\b[^.?!]*|\byou always\b[^.?!]*|\bi feel like you\b[^.?!]*/i, 'blame'],
  [/\bpoor you\b|\bwhat is wrong with you\b/i, 'contempt'],
  [/\bnot my fault\b|\byou do it too\b/i, 'defensiveness'],
  [/\bwhatever\b|\bi'?m done talking\b/i, 'stonewalling'],
  [/\bi'?m sorry\b|\bi shouldn'?t have\b|\byou'?re right\b/i, 'repair'],
  [/\btake your time\b[^.?!]*/i, 'respects_pace'],
  [/\bjust tell me what'?s wrong\b/i, 'pressure'],
  [/\bthanks for everything\b|\byou'?re the best\b/i, 'appreciation_generic'],
];

const FEELINGS: readonly (readonly [string, FeelingHit['family'], boolean])[] = [
  ['frustrated', 'anger', false],
  ['exhausted', 'tiredness', false],
  ['overwhelmed', 'fear', false],
  ['hurt', 'hurt', false],
  ['ignored', 'hurt', true],
  ['furious', 'anger', false],
];

/** Analyses by keyword; `kill myself` and `hit me` are crises. */
export function fakeAnalyze(text: string): Analysis {
  const moves: MoveHit[] = [];
  for (const [pattern, id] of RULES) {
    const match = pattern.exec(text);
    if (!match) continue;
    const start = match.index;
    const end = start + match[0].length;
    moves.push({ id, confidence: 0.9, span: [start, end], cue: text.slice(start, end) });
  }
  moves.sort((a, b) => a.span[0] - b.span[0]);
  const feelings: FeelingHit[] = [];
  for (const [word, family, faux] of FEELINGS) {
    const start = text.toLowerCase().indexOf(word);
    if (start < 0) continue;
    feelings.push({
      word,
      lemma: word,
      family,
      intensity: 2,
      owner: 'speaker',
      faux,
      span: [start, start + word.length],
    });
  }
  let crisis: CrisisFinding | null = null;
  const crisisMatch = /\bkill myself\b|\bhit me\b/i.exec(text);
  if (crisisMatch) {
    const start = crisisMatch.index;
    const end = start + crisisMatch[0].length;
    crisis = {
      kind: crisisMatch[0].toLowerCase().includes('hit') ? 'partner_violence' : 'suicide',
      span: [start, end],
      cue: text.slice(start, end),
    };
  }
  return { moves, feelings, crisis, length: text.length, truncated: false, analyzedLength: text.length };
}

/** The fake analyzer, synchronous like the built-in one. */
export const fakeAnalyzer: Analyzer = { analyze: (text) => fakeAnalyze(text) };

/** The same analyzer, answering asynchronously like a model-backed one. */
export const asyncFakeAnalyzer: Analyzer = {
  analyze: (text) => new Promise((resolve) => setTimeout(() => resolve(fakeAnalyze(text)), 1)),
};

/** An analysis that makes exactly these moves (for driving machines directly). */
export function analysisOf(...ids: MoveId[]): Analysis {
  const moves = ids.map((id, i): MoveHit => ({ id, confidence: 1, span: [i, i + 1], cue: id }));
  return {
    moves,
    feelings: [],
    crisis: null,
    length: ids.length,
    truncated: false,
    analyzedLength: ids.length,
  };
}
