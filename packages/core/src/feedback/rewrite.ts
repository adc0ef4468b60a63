/**
 * Builds a better reply for this moment: a reflection from the partner's own feeling words, an
 * "I"-statement rebuilt from a blaming reply, or asking what the partner needs instead of advising.
 */
import type { FeelingHit } from '../analysis/types';

/**
 * The partner's strongest feeling word: their own (not faux) feelings first, then any.
 * @example
 * strongestFeeling(analyze("I'm exhausted and a bit sad").feelings)?.lemma; // e.g. 'exhausted'
 */
export function strongestFeeling(feelings: readonly FeelingHit[]): FeelingHit | undefined {
  const rank = (f: FeelingHit) => (f.owner === 'speaker' ? 10 : 0) + (f.faux ? 0 : 5) + f.intensity;
  let best: FeelingHit | undefined;
  for (const f of feelings) if (!best || rank(f) > rank(best)) best = f;
  return best;
}

function feelingPhrase(feeling: FeelingHit): string {
  // Faux feelings ("ignored") describe what someone did, so they read as "felt ignored".
  if (feeling.faux) return `you felt ${feeling.lemma}`;
  return `you're ${feeling.intensity >= 2 ? 'really ' : ''}${feeling.lemma}`;
}

/**
 * A reflection built from the partner's feeling words, followed by an open question.
 * @example
 * reflectionFrom(analyze("I'm so frustrated with work").feelings);
 * // "It sounds like you're really frustrated. What's been the hardest part?"
 */
export function reflectionFrom(partnerFeelings: readonly FeelingHit[]): string {
  const feeling = strongestFeeling(partnerFeelings);
  if (!feeling) return "It sounds like this has been weighing on you. What's been the hardest part?";
  return `It sounds like ${feelingPhrase(feeling)}. What's been the hardest part?`;
}

/**
 * Asking what the partner needs, opened with a reflection of their feeling, in place of advice.
 * @example
 * askNeedInstead([]); // "That sounds like a lot. Do you want me to just listen, or help you think it through?"
 */
export function askNeedInstead(partnerFeelings: readonly FeelingHit[]): string {
  const feeling = strongestFeeling(partnerFeelings);
  const opener = feeling ? `It sounds like ${feelingPhrase(feeling)}.` : 'That sounds like a lot.';
  return `${opener} Do you want me to just listen, or help you think it through?`;
}

interface IStatementParts {
  readonly feeling: string;
  readonly when: string;
  readonly request: string;
}

/** What a blaming reply is usually about, and the "I"-statement underneath it. First match wins. */
const BLAME_TOPICS: readonly (readonly [RegExp, IStatementParts])[] = [
  [
    /\b(?:listen\w*|hear\w*|interrupt\w*|ignor\w*|cut me off|talk over)\b/i,
    {
      feeling: 'unheard',
      when: "I'm telling you something that matters to me and it gets cut short",
      request: 'Could you let me finish, and then tell me what you heard?',
    },
  ],
  [
    /\b(?:phones?|screens?|tv|games?|laptop)\b/i,
    {
      feeling: 'lonely',
      when: "we're together and the phones come out",
      request: 'Could we put our phones away at dinner?',
    },
  ],
  [
    /\b(?:help\w*|chores?|dishes|clean\w*|laundry|housework|do anything)\b/i,
    {
      feeling: 'overwhelmed',
      when: 'I end up handling the housework on my own',
      request: 'Could we sit down this weekend and split the chores?',
    },
  ],
  [
    /\b(?:late|on time|wait\w*)\b/i,
    {
      feeling: 'frustrated',
      when: 'plans start later than we agreed',
      request: "Could you text me when you're running late?",
    },
  ],
  [
    /\b(?:call\w*|text\w*|messag\w*)\b/i,
    {
      feeling: 'worried',
      when: "I don't hear from you",
      request: 'Could you send me a quick text when plans change?',
    },
  ],
  [
    /\b(?:care|selfish|yourself|forg[eo]t\w*|never there|priority)\b/i,
    {
      feeling: 'hurt',
      when: 'what matters to me seems to slip off the list',
      request: 'Could we find twenty minutes tonight to talk about this week?',
    },
  ],
];

const DEFAULT_PARTS: IStatementParts = {
  feeling: 'hurt',
  when: 'this happens between us',
  request: 'Could we talk about what would help next time?',
};

/**
 * An "I"-statement rebuilt from a blaming reply: my feeling, a specific situation, a doable request.
 * @example
 * iStatementFrom('You never listen to me!');
 * // "I feel unheard when I'm telling you something that matters to me and it gets cut short. Could you …"
 */
export function iStatementFrom(blamingReply: string): string {
  const parts = BLAME_TOPICS.find(([pattern]) => pattern.test(blamingReply))?.[1] ?? DEFAULT_PARTS;
  return `I feel ${parts.feeling} when ${parts.when}. ${parts.request}`;
}

/** A break with a time to come back, for a flooded moment. */
export const BREAK_WITH_RETURN =
  "I want to get this right, and I'm too worked up to listen well. Can we take twenty minutes and come back to this at eight?";

/** Giving the partner room instead of pushing. */
export const RESPECT_PACE = "Take your time. I'm here when you're ready.";

/** Taking in the complaint instead of defending. */
export const ACCEPT_INFLUENCE = "You're right that I did that, and I can see it hurt. I'm sorry.";

/** Letting the partner in instead of shutting them out, when they reach toward you. */
export const SHARE_INSTEAD =
  "Honestly, I'm not fine. I'm not sure how to say it yet, but I don't want to shut you out.";
