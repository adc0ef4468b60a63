/**
 * The feedback codes, as data. Detection (the analyzer) and wording (this table) are separate: a code's id
 * is stable public API, its text may be improved, and a scenario may override the text by code.
 * Placeholders: `{quote}` (the learner's words), `{partner}` (the partner's name), `{feeling}` (the
 * partner's feeling word, when there is one).
 */
import type { MoveId } from '../analysis/types';
import { SKILL_IDS, type SkillId } from '../skills/ids';
import type { FeedbackSeverity } from './types';

/** One feedback code: what it says, why it matters, and an example. */
export interface FeedbackCodeDefinition {
  readonly severity: FeedbackSeverity;
  /** The move it is about, or `null` for feedback about the whole reply. */
  readonly move: MoveId | null;
  /** The skills it counts toward in the summary. */
  readonly skills: readonly SkillId[];
  /** Message template with `{quote}`, `{partner}`, `{feeling}` placeholders. */
  readonly message: string;
  /** Why it matters, grounded in the practice. */
  readonly why: string;
  /** A reply that earns this code, and (for weak replies) a better one. */
  readonly example: { readonly reply: string; readonly better?: string };
}

const ALL: readonly SkillId[] = SKILL_IDS;
const LISTENING: readonly SkillId[] = ['active-listening', 'urge-to-fix'];
/** Listening moves also build closeness when the partner is opening up (practices 6, 8 and 11). */
const LISTENING_AND_CONNECTION: readonly SkillId[] = [...LISTENING, 'connection'];

/**
 * Every feedback code by stable id.
 * @example
 * FEEDBACK_CODES['advice-too-soon'].severity; // "warning"
 */
export const FEEDBACK_CODES = {
  'reflected-feeling': {
    severity: 'praise',
    move: 'reflection',
    skills: ALL,
    message: 'You reflected back what you heard: "{quote}".',
    why: 'Putting their feeling or situation into your own words shows you were listening and lets them correct you; it is the fastest way to help someone feel heard.',
    example: { reply: "It sounds like you're exhausted after that meeting." },
  },
  validated: {
    severity: 'praise',
    move: 'validation',
    skills: ALL,
    message: 'You made their reaction make sense: "{quote}".',
    why: 'Validation tells your partner their feelings are allowed, so they can stop defending them and keep talking.',
    example: { reply: 'That makes total sense. Anyone would be upset.' },
  },
  'asked-open-question': {
    severity: 'praise',
    move: 'open_question',
    skills: LISTENING_AND_CONNECTION,
    message: 'Your open question invited them to say more: "{quote}".',
    why: 'Curiosity keeps the floor with your partner and lets them tell the story in their own terms.',
    example: { reply: 'What was the hardest part?' },
  },
  'asked-what-they-need': {
    severity: 'praise',
    move: 'asks_need',
    skills: LISTENING_AND_CONNECTION,
    message: 'You asked what they need from you: "{quote}".',
    why: 'Asking before fixing lets your partner choose comfort or problem-solving, instead of you guessing.',
    example: { reply: 'Do you want me to just listen, or help you think it through?' },
  },
  'used-i-statement': {
    severity: 'praise',
    move: 'i_statement',
    skills: ['conflict-repair', 'connection'],
    message: 'You owned your feeling and tied it to something specific: "{quote}".',
    why: 'An "I"-statement describes your experience without attacking their character, so it is easier to hear than a complaint.',
    example: { reply: 'I feel unheard when I get interrupted.' },
  },
  'made-specific-request': {
    severity: 'praise',
    move: 'request',
    skills: ['conflict-repair', 'connection'],
    message: 'You asked for something specific and doable: "{quote}".',
    why: 'A concrete request turns a complaint into a next step your partner can actually say yes to.',
    example: { reply: 'Could we put our phones away at dinner?' },
  },
  'called-a-break': {
    severity: 'praise',
    move: 'request',
    skills: ['conflict-repair'],
    message: 'You called a break and said when you would come back: "{quote}".',
    why: 'A flooded body cannot listen; a break with a time to return calms things down without feeling like abandonment.',
    example: {
      reply: "Can we take twenty minutes and come back to this after dinner? I don't want to fight.",
    },
  },
  repaired: {
    severity: 'praise',
    move: 'repair',
    skills: ALL,
    message: 'You made a repair: "{quote}".',
    why: 'Taking responsibility or softening the moment stops the spiral; couples who repair early recover faster.',
    example: { reply: "You're right, I interrupted you. I'm sorry." },
  },
  'specific-appreciation': {
    severity: 'praise',
    move: 'appreciation_specific',
    skills: ALL,
    message: 'Your appreciation was specific: "{quote}".',
    why: 'Naming exactly what they did shows you noticed, which lands far deeper than general praise.',
    example: { reply: 'I appreciate how patient you were with the kids this morning.' },
  },
  'respected-pace': {
    severity: 'praise',
    move: 'respects_pace',
    skills: ALL,
    message: 'You gave them room: "{quote}".',
    why: 'Letting your partner set the pace makes it safe to open up when they are ready.',
    example: { reply: "Take your time. I'm here when you're ready." },
  },
  'offered-closeness': {
    severity: 'praise',
    move: 'affection',
    skills: ['active-listening', 'connection'],
    message: 'You offered closeness: "{quote}".',
    why: 'A kind gesture says "I am with you" when words run out.',
    example: { reply: 'Can I give you a hug?' },
  },
  'invited-advice': {
    severity: 'praise',
    move: 'advice',
    skills: ['urge-to-fix'],
    message: 'They asked for ideas, so your suggestion is welcome: "{quote}".',
    why: 'Advice that was invited feels like teamwork; the same advice uninvited feels like being managed.',
    example: { reply: 'Maybe you could ask your manager for one day a week without meetings?' },
  },
  'closed-question': {
    severity: 'tip',
    move: 'closed_question',
    skills: LISTENING_AND_CONNECTION,
    message: '"{quote}" can be answered with a word; an open question invites more.',
    why: 'Yes/no questions steer the conversation; open questions let your partner lead.',
    example: { reply: 'Did he apologize?', better: 'How did that land with you?' },
  },
  'named-own-feeling': {
    severity: 'praise',
    move: 'owns_feeling',
    skills: ['connection'],
    message: 'You named your own feeling: "{quote}".',
    why: 'Saying what you actually feel, instead of "I\'m fine", lets your partner in; one honest feeling word builds more closeness than a full report of the day.',
    example: { reply: "Honestly, I've been feeling lonely this week." },
  },
  'named-feeling-add-situation': {
    severity: 'tip',
    move: 'owns_feeling',
    skills: ['conflict-repair'],
    message:
      'You named your own feeling ("{quote}"). Tie it to a specific situation to make it an "I"-statement.',
    why: 'A feeling linked to a concrete moment ("when plans change last minute") tells your partner what to work on.',
    example: { reply: "I'm upset.", better: "I'm upset when plans change at the last minute." },
  },
  'appreciation-too-general': {
    severity: 'tip',
    move: 'appreciation_generic',
    skills: ALL,
    message: '"{quote}" is kind; naming exactly what they did would land deeper.',
    why: 'Specific appreciation shows you noticed; general praise is easy to wave away.',
    example: {
      reply: "You're the best.",
      better: 'Thank you for handling the school run when I was swamped this week.',
    },
  },
  'flooded-needs-break': {
    severity: 'tip',
    move: null,
    skills: ['conflict-repair'],
    message: '{partner} is flooded right now; nothing lands until you both calm down.',
    why: 'When heart rates are up, people cannot take in words. The one move that works is a break with a time to come back.',
    example: {
      reply: 'Please just listen to me!',
      better: 'I want to get this right. Can we take twenty minutes and come back to it at eight?',
    },
  },
  'no-clear-move': {
    severity: 'tip',
    move: null,
    skills: ALL,
    message: 'That reply did not show {partner} you were with them yet.',
    why: 'A reflection, a validation or an open question keeps the conversation about their experience.',
    example: {
      reply: "I'll pick up groceries.",
      better: "It sounds like today was a lot. What's weighing on you most?",
    },
  },
  'advice-too-soon': {
    severity: 'warning',
    move: 'advice',
    skills: LISTENING_AND_CONNECTION,
    message: '"{quote}" jumps to fixing before {partner} asked for help.',
    why: 'Unasked-for advice tells your partner the feeling is a problem to solve; most people need to feel heard first. Ask what they need.',
    example: {
      reply: 'Have you tried talking to HR?',
      better: 'That sounds awful. Do you want me to just listen, or help you think it through?',
    },
  },
  minimized: {
    severity: 'warning',
    move: 'minimizing',
    skills: ALL,
    message: '"{quote}" downplays what {partner} is feeling.',
    why: 'Minimizing, even meant as comfort, tells your partner their feeling is wrong; accepting their vulnerability keeps them talking.',
    example: { reply: "It's not a big deal.", better: 'It sounds like that really got to you.' },
  },
  'took-the-floor': {
    severity: 'warning',
    move: 'self_focus',
    skills: LISTENING,
    message: '"{quote}" turns the conversation to you.',
    why: 'Your own story can wait; while your partner is sharing, keep the spotlight on them.',
    example: { reply: 'That reminds me of when my boss…', better: 'What happened next?' },
  },
  blamed: {
    severity: 'warning',
    move: 'blame',
    skills: ['conflict-repair', 'active-listening', 'connection'],
    message: '"{quote}" criticises {partner} rather than the situation.',
    why: 'Blame puts your partner on trial, so they defend instead of listen. An "I"-statement says how you feel about something specific.',
    example: {
      reply: 'You never listen.',
      better: 'I feel unheard when I get cut off. Could you let me finish?',
    },
  },
  'feeling-as-judgement': {
    severity: 'warning',
    move: 'blame',
    skills: ['conflict-repair'],
    message: '"{quote}" sounds like a feeling but is a judgement of {partner}.',
    why: '"I feel like you…" describes what you think they are doing, not what you feel; name your own emotion instead.',
    example: {
      reply: "I feel like you don't care.",
      better: 'I feel lonely when we go a whole evening without talking.',
    },
  },
  contempt: {
    severity: 'warning',
    move: 'contempt',
    skills: ALL,
    message: '"{quote}" talks down to {partner}.',
    why: 'Contempt (mockery, sarcasm, insults) is the strongest predictor of relationships breaking down; it says "I am above you".',
    example: { reply: 'Oh, poor you.', better: 'I can see this is really hard for you.' },
  },
  'got-defensive': {
    severity: 'warning',
    move: 'defensiveness',
    skills: ['conflict-repair', 'connection'],
    message: '"{quote}" defends instead of hearing the complaint.',
    why: 'Defending yourself tells your partner their experience is wrong; accepting even a small part of it opens the door.',
    example: { reply: "That's not my fault.", better: "You're right that I was late. I'm sorry." },
  },
  stonewalled: {
    severity: 'warning',
    move: 'stonewalling',
    skills: ['conflict-repair', 'connection'],
    message: '"{quote}" shuts the conversation down.',
    why: 'Withdrawing without a way back feels like abandonment. If you need space, say when you will come back.',
    example: {
      reply: 'Whatever.',
      better: "I'm getting overwhelmed. Can we take a break and talk again after dinner?",
    },
  },
  pressured: {
    severity: 'warning',
    move: 'pressure',
    skills: ALL,
    message: '"{quote}" pushes {partner} to talk or decide now.',
    why: 'Pressure makes people close up; respecting their pace makes it safe to open up.',
    example: { reply: "Just tell me what's wrong.", better: "Take your time. I'm here when you're ready." },
  },
} as const satisfies Record<string, FeedbackCodeDefinition>;

/** A feedback code id, e.g. `'reflected-feeling'`. */
export type FeedbackCode = keyof typeof FEEDBACK_CODES;

/** Every feedback code id, in registry order. */
export const FEEDBACK_CODE_IDS = Object.keys(FEEDBACK_CODES) as FeedbackCode[];

/**
 * Fills `{name}` placeholders; unknown placeholders are left as written so a typo stays visible.
 * @example
 * renderTemplate('You said "{quote}".', { quote: 'hi' }); // 'You said "hi".'
 * renderTemplate('You said "{quote}".', { quote: 'Sorry!' }); // 'You said "Sorry!"'
 */
export function renderTemplate(
  template: string,
  values: Readonly<Record<string, string | undefined>>,
): string {
  const text = template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
  // A quote that ends a sentence already carries its stop: `"You're right.".` reads `"You're right."`.
  return text.replace(/([.!?…])(["”])\./g, '$1$2');
}
