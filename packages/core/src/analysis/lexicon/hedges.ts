/**
 * Small word lists the rules lean on: discourse markers that may open a clause, hedges, absolutes,
 * intensifiers, and the pronouns that decide whose feeling a feeling word names.
 */

/** Words skipped when finding where a clause really starts ("so", "well", "oh", "honestly"…). */
export const DISCOURSE_MARKERS: readonly string[] = [
  'so', 'well', 'oh', 'ok', 'okay', 'and', 'but', 'hey', 'look', 'honestly', 'like', 'um', 'uh', 'erm', 'hmm',
  'babe', 'baby', 'love', 'honey', 'hun', 'sweetheart', 'darling', 'yeah', 'yes', 'yep', 'yh', 'wow', 'ah', 'aw',
  'aww', 'oops', 'ugh', 'god', 'lol', 'omg', 'listen', 'seriously', 'then', 'also', 'now', 'still', 'ha', 'haha',
  'no', 'nah', 'right', 'sure', 'alright', 'anyway', 'maybe', 'just', 'really', 'actually', 'plus', 'besides', 'definitely', 'probably', 'obviously', 'literally', 'totally', 'omg', 'tbh', 'ngl', 'cheers', 'oof', 'hm',
];

/** Hedges: soften a claim ("maybe", "kind of"). A hedged reflection is still a reflection. */
export const HEDGES: readonly string[] = [
  'maybe', 'perhaps', 'kind of', 'sort of', 'i guess', 'i think', 'might', 'possibly', 'a bit', 'a little',
  'somewhat', 'probably', 'i wonder', 'it seems', 'kinda', 'sorta', 'lowkey', 'slightly', 'partly',
];

/** Absolutes: turn a complaint about an act into a verdict on character ("you always…", "never"). */
export const ABSOLUTES: readonly string[] = [
  'always', 'never', 'constantly', 'every single time', 'all the time', 'everything', 'nothing', 'forever',
  'ever', 'again and again',
];

/** Intensifiers that may sit between a pronoun and a feeling word. */
export const INTENSIFIERS: readonly string[] = [
  'so', 'really', 'very', 'pretty', 'quite', 'super', 'totally', 'completely', 'absolutely', 'utterly',
  'incredibly', 'extremely', 'a', 'bit', 'little', 'kind', 'sort', 'of', 'kinda', 'sorta', 'lowkey', 'rly',
  'too', 'just', 'fairly', 'rather', 'bloody', 'fucking', 'more', 'most', 'less', 'still', 'all', 'ever',
  'bit', 'slightly', 'deeply', 'seriously', 'proper', 'properly', 'genuinely', 'honestly', 'actually',
];

/** Pronouns naming the speaker, the partner, or someone else; used to find whose feeling a word is. */
export const SPEAKER_WORDS: readonly string[] = ['i', 'me', 'my', 'myself', 'mine', 'we', 'us', 'our'];
export const PARTNER_WORDS: readonly string[] = ['you', 'your', 'yourself', 'yours', 'ya'];
export const OTHER_WORDS: readonly string[] = [
  'he', 'she', 'they', 'him', 'her', 'them', 'his', 'their', 'it', 'that', 'this', 'everyone', 'anyone',
  'anybody', 'everybody', 'people', 'someone', 'somebody', 'nobody', 'who', 'which', 'those', 'these',
];

/** Verbs that make a following word a feeling ("I feel small", "you seem lost"). */
export const FEELING_VERBS: readonly string[] = ['feel', 'feels', 'felt', 'feeling', 'seem', 'seems', 'seemed', 'sound', 'sounds', 'look', 'looks'];

/** Words that make a feeling hypothetical ("I'd be upset too", "if you feel…"). */
export const HYPOTHETICAL_WORDS: readonly string[] = ['would', 'if', 'could', 'might', 'anyone', 'anybody', 'everyone'];
