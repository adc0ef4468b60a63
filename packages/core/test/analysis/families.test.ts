/**
 * Phrasing families: each move is recognised across the many ways people say it, not only in one wording.
 * Every sentence here is written for this file (none comes from the labelled corpus).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import type { MoveId } from '../../src/analysis/types';
import { movesOf } from './helpers';

type Case = readonly [text: string, expected: readonly MoveId[], partnerLine?: string];

function family(name: string, cases: readonly Case[]): void {
  describe(name, () => {
    for (const [text, expected, partnerLine] of cases) {
      it(`reads "${text}"${partnerLine === undefined ? '' : ` (after "${partnerLine}")`} as ${expected.length === 0 ? 'no move' : expected.join(' + ')}`, () => {
        expect(movesOf(text, partnerLine === undefined ? undefined : { partnerLine })).toEqual(
          [...expected].sort(),
        );
      });
    }
  });
}

const WORRY = "I'm dreading my driving test on Friday.";

family('minimizing: downplaying in many wordings', [
  ["Eh, it's no biggie.", ['minimizing'], WORRY],
  ['Everybody goes through that, it happens to everybody.', ['minimizing'], WORRY],
  ['Worse things have happened.', ['minimizing'], WORRY],
  ["Don't sweat it.", ['minimizing'], WORRY],
  ["You're making a mountain out of a molehill.", ['minimizing'], WORRY],
  ["It's only a test.", ['minimizing'], WORRY],
  ['Nobody will even remember by Monday.', ['minimizing'], WORRY],
  ['Things always work out fine.', ['minimizing'], WORRY],
  ['That was ages ago though.', ['minimizing'], "I'm still sore about the wedding."],
]);

family('advice: modal suggestions and instructions', [
  ['You might want to book a lesson the day before.', ['advice'], WORRY],
  ['You just need to practise your parking.', ['advice'], WORRY],
  ['What you need is a mock test.', ['advice'], WORRY],
  ['Best thing is to get a good night of sleep.', ['advice'], WORRY],
  ["You'd be better off booking an earlier slot.", ['advice'], WORRY],
  ['Why not ask your instructor for tips?', ['advice'], WORRY],
  ['Try reading the highway code again tonight.', ['advice'], WORRY],
  ['Hide the chocolate somewhere higher.', ['advice'], 'The dog keeps getting into the treats.'],
]);

family('advice: a verb at the start is not always an instruction', [
  ['Wait, he said that in the meeting?', ['closed_question'], 'My manager called my report lazy.'],
  ['Tell me more about the instructor.', ['open_question'], WORRY],
  ['Take the time you need.', ['respects_pace'], "I can't talk about it yet."],
  ['Take a minute.', ['respects_pace'], 'Sorry, I need a second.'],
  ['Ha, wait till you hear what happened to me.', ['self_focus'], 'My bus broke down.'],
  ['Did you remember to water the plants?', ['closed_question']],
]);

family('reflection: the partner’s state or situation', [
  ['You must miss your sister so much.', ['reflection'], 'My sister moved to Canada in June.'],
  ["You're going to miss that place, aren't you.", ['reflection'], "We're selling Nan's house."],
  ['So you missed the flight.', ['reflection'], 'I missed the flight by ten minutes.'],
  ['You really wanted that role.', ['reflection'], 'They gave the role to someone else.'],
]);

family('validation: the reaction is understandable', [
  ["That's such a fair worry.", ['validation'], WORRY],
  ["Of course you're nervous, it's a big day.", ['validation'], WORRY],
  ['No, this is not your fault.', ['validation'], 'I feel like I ruined the evening.'],
  ['None of this is your fault.', ['validation'], 'I should have seen it coming.'],
  ["Who wouldn't be scared?", ['validation'], WORRY],
  ['Of course you did.', ['validation'], 'I felt so small when they laughed.'],
  ['Of course you did.', ['contempt'], 'I tidied the whole garage.'],
]);

family('owns_feeling: feelings without a feeling word', [
  ['It stung, honestly.', ['owns_feeling'], 'How did you take the news?'],
  ['It hurt a lot more than I showed.', ['owns_feeling'], 'You seemed okay at the time.'],
  ['I miss our old flat.', ['owns_feeling']],
  ["I'm so glad you told me.", ['owns_feeling'], "I've been seeing a counsellor."],
  ['I feel closer to you after this weekend.', ['owns_feeling', 'i_statement']],
  ['not great, feeling kinda lost', ['owns_feeling'], 'u ok?'],
  ["I'm thrilled for you!", ['owns_feeling'], 'I passed!'],
]);

family('blame: global accusations, not praise', [
  ["You don't even look at me anymore.", ['blame']],
  ["You've made this house miserable.", ['blame']],
  ['You lied to me about the money.', ['blame']],
  ["You're hopeless.", ['blame']],
  ["You're always the one who remembers birthdays.", []],
  ['You always know exactly what to say.', ['appreciation_generic']],
]);

family('defensiveness: excuses and counter-attacks, but apologies are repair', [
  ['I was exhausted, alright?', ['defensiveness'], 'You snapped at my mum.'],
  ["That's not how it went.", ['defensiveness'], 'You walked out on me.'],
  ['I only said it because she asked.', ['defensiveness'], 'Why did you tell him?'],
  ['I was not even there.', ['defensiveness'], 'You broke the vase.'],
  ["I didn't mean it like that, I'm sorry.", ['repair'], 'That was a cruel thing to say.'],
  ["I wasn't listening, sorry.", ['repair'], 'You ignored everything I said.'],
  ['Sorry, I cut across you.', ['repair'], 'I was still talking.'],
]);

family('pressure: pushing to talk now', [
  ["You don't get to walk away from this.", ['pressure'], 'I need some air.'],
  ["You're not leaving until we sort this.", ['pressure'], "I'm going out."],
  ["I'm not dropping it.", ['pressure'], "Let's leave it."],
  ["You don't have to decide tonight.", ['respects_pace'], 'I need time to think about the offer.'],
]);

family('affection: closeness, not withdrawal', [
  ['*puts an arm around you* Come here.', ['affection']],
  ['Can I just sit with you for a while?', ['affection']],
  ["I'll keep you company tonight.", ['affection']],
]);

family('self_focus: taking the floor while the partner shares', [
  [
    "God, I've had the worst week, my landlord's been a nightmare.",
    ['self_focus'],
    'My week has been awful.',
  ],
  ['My week has been worse, believe me.', ['self_focus'], 'What a week.'],
  ['Me too.', [], "I've missed our walks."],
]);

family('questions: tags and needs', [
  ['What would make the morning easier for you?', ['asks_need'], WORRY],
  ['Which jobs could I take off your hands?', ['asks_need'], "I'm swamped."],
  ['How can I help when it happens?', ['asks_need'], 'I get migraines at work.'],
]);

family('stonewalling: shutting the talk down', [
  ['Not that again.', ['stonewalling'], 'Can we talk about the holiday money?'],
  ['Talk to you tomorrow.', ['stonewalling'], "We haven't finished."],
  ['Done arguing.', ['stonewalling'], "You're not listening to me."],
  ["Doesn't matter.", ['stonewalling'], "What's bothering you?"],
]);

family('contempt: mockery in many wordings', [
  ['Congratulations, have a gold star.', ['contempt'], 'I emptied the dishwasher.'],
  ["Aren't you smart.", ['contempt'], 'I fixed the wifi.'],
  ["Like you'd remember.", ['contempt'], "I'll book the restaurant."],
  ['Cute that you believe that.', ['contempt'], 'I think we can save this month.'],
]);

family('defensiveness: counter-attacks', [
  ["It's not like you asked.", ['defensiveness'], "You didn't pick up the parcel."],
  ['You left the door open as well.', ['defensiveness'], 'You left the back door unlocked.'],
]);

family('request vs respects_pace: "let me know"', [
  ["Could you let me know if you'll miss dinner?", ['request']],
  ["Let me know when you're ready to talk.", ['respects_pace'], "I can't talk yet."],
]);

describe('crisis: the family, broadly', () => {
  const crisis: readonly string[] = [
    "I don't want to live anymore.",
    'My family would be happier if I was gone.',
    "I'll end it tonight.",
    'i just wanna not wake up',
    "I've been cutting myself again.",
    'I burned myself on purpose.',
    'He punched me last week.',
    'She threatened to hurt me if I go.',
    "I don't feel safe at home.",
    "I'm terrified of going home tonight.",
    "I'm scared of him when he drinks.",
    'He takes my keys and will not let me leave.',
  ];
  for (const text of crisis) {
    it(`flags "${text}" as crisis`, () => {
      expect(analyze(text).crisis).not.toBeNull();
    });
  }
  const idioms: readonly string[] = [
    'My back is killing me.',
    'I could murder a pizza.',
    "Dad will kill me if I'm late again.",
    "I'll die of embarrassment.",
    "I'm dying to hear about the trip.",
    'You killed it tonight!',
    'I burned myself on the kettle.',
    "I'm scared to death of spiders.",
  ];
  for (const text of idioms) {
    it(`does not flag the idiom "${text}"`, () => {
      expect(analyze(text).crisis).toBeNull();
    });
  }
});

family('a state is not an accusation, guilt is not an excuse', [
  ['You wrecked the whole evening.', ['blame']],
  ['I feel bad that I was not there more.', ['owns_feeling']],
  ['I was not even there!', ['defensiveness'], 'Why did you let the dog out?'],
]);

describe('blame: "you were wrecked" describes how the partner was', () => {
  it('reads "I know you were wrecked after that shift." without blame', () => {
    expect(movesOf('I know you were wrecked after that shift.')).not.toContain('blame');
  });
});

family('contempt: sarcastic openers', [
  ['Oh, that was hilarious.', ['contempt']],
  ['Oh here we go again.', ['contempt']],
]);

const DISHES = 'You left the dishes in the sink again.';
const HURT = 'I felt embarrassed when you corrected me at the party.';
const NEWS = 'My sister is moving to Canada next month.';
const SPACE = "I'm not ready to talk about it yet.";
const DONE = 'I finally booked the vet for Thursday.';

family('defensiveness: denying intent, excuses and turning it back', [
  ["I didn't mean anything by it.", ['defensiveness'], HURT],
  ["You're reading far too much into it.", ['defensiveness'], HURT],
  ["You're totally overreacting.", ['defensiveness'], HURT],
  ['This is being blown way out of proportion.', ['defensiveness'], HURT],
  ["So now it's all my fault?", ['defensiveness'], DISHES],
  ["Don't make this about me.", ['defensiveness'], HURT],
  ['I was late because your dad wanted a lift.', ['defensiveness'], DISHES],
  ['I was only out for ten minutes!', ['defensiveness'], DISHES],
  ["You're taking it way too personally.", ['defensiveness'], HURT],
  ['You moaned about my cooking too.', ['defensiveness'], HURT],
  ["I didn't know you could play the piano!", [], 'I used to play the piano as a kid.'],
]);

family('contempt: sarcasm, mock titles and mock alarm', [
  ['Oh wonderful, another speech.', ['contempt'], DISHES],
  ['Right, because you are never wrong.', ['contempt'], DISHES],
  ['Wow. Just wow.', ['contempt'], DISHES],
  ['Quick, alert the authorities, a dirty plate.', ['contempt'], DISHES],
  ['Sure thing, Mr Tidy.', ['contempt'], DISHES],
  ['Listen to how you sound right now.', ['contempt'], HURT],
  ['Really a genius idea, that.', ['contempt'], NEWS],
  ['Oh great, you found the charger!', [], 'The charger was under the sofa.'],
]);

family('appreciation_generic: thanks and praise without a particular act', [
  ['appreciate u', ['appreciation_generic'], DONE],
  ['Where would I be without you?', ['appreciation_generic'], DONE],
  ['What a legend.', ['appreciation_generic'], DONE],
  ['I got so lucky when I found you.', ['appreciation_generic'], DONE],
  ['thx babe', ['appreciation_generic'], DONE],
  ["You're the most selfish person I've met.", ['blame']],
]);

family('stonewalling: withdrawing in words and in actions', [
  ['Not getting into this.', ['stonewalling'], HURT],
  ['Can I go now?', ['stonewalling'], HURT],
  ["*doesn't reply*", ['stonewalling'], HURT],
  ["can't be arsed tbh", ['stonewalling'], HURT],
  ['Whatever works for you.', ['respects_pace'], SPACE],
]);

family('repair: owning it in plain words', [
  ['I owe you a big apology.', ['repair'], HURT],
  ['I really dropped the ball there.', ['repair'], DISHES],
  ['Could we hit reset on this evening?', ['repair'], HURT],
]);

family('self_focus: my story instead of yours', [
  ['At my job they pulled the same stunt last spring.', ['self_focus'], NEWS],
  ['When I was at college my roommate moved abroad too.', ['self_focus'], NEWS],
  ['Same thing happened with my cousin, she left for Sydney.', ['self_focus'], NEWS],
  ['Try living with my brother for a week.', ['self_focus'], NEWS],
  ['My aunt did that too and regretted it.', ['self_focus'], NEWS],
]);

family('asks_need and respects_pace: offering, not pushing', [
  ['Anything I can pick up for you?', ['asks_need'], NEWS],
  ['Would a walk help?', ['asks_need'], NEWS],
  ['We can go at your pace.', ['respects_pace'], SPACE],
  ["We'll leave it until you're ready.", ['respects_pace'], SPACE],
]);

family('blame: global accusations in new wordings', [
  ['Every single time, you bail on me.', ['blame']],
  ["It's always me cleaning up after everyone.", ['blame']],
  ["You just don't listen.", ['blame']],
  ["Why didn't you say something sooner?", ['blame']],
]);

family('owns_feeling: a guess about the partner is not the speaker’s feeling', [
  ['That must sting.', ['validation'], HURT],
  ['It really stung.', ['owns_feeling']],
]);

family('no move: reported advice, well-wishes, idioms and news', [
  ['My dad always says you should never lend money.', []],
  ['Get better soon.', []],
  ["Let's see what the doctor says.", []],
  ['No wonder the plant died, it was by the radiator.', []],
  ['Guess what, the parcel came.', []],
  ['I was only at the gym for an hour.', [], 'How was the gym?'],
  ["I'm proud of how far I've come.", ['owns_feeling']],
  ['Try not to stress.', ['minimizing'], WORRY],
  ['Guess what, my sister is moving too.', ['self_focus'], NEWS],
]);

const CALL = 'You promised to ring the plumber and you never did.';

family('conflict families, second wording', [
  ['I rang them like five times, nobody answered.', ['defensiveness'], CALL],
  ["Don't twist my words around.", ['defensiveness'], CALL],
  ["You're talking like I forgot on purpose.", ['defensiveness'], CALL],
  ['Okay Karen.', ['contempt'], CALL],
  ['Cool story, babe.', ['contempt'], CALL],
  ['Talk to you never.', ['stonewalling'], CALL],
  ["You can't be relied on.", ['blame']],
  ['You make every little thing harder.', ['blame']],
  ["You're so flaky.", ['blame']],
]);

family('connection and listening families, second wording', [
  ["You're a total godsend.", ['appreciation_generic'], DONE],
  ['Best husband ever.', ['appreciation_generic'], DONE],
  ["Let's shelve it for now.", ['respects_pace'], SPACE],
  ["Take a break and we'll pick it up later.", ['respects_pace'], SPACE],
  ['My cousin pulled the same thing with me.', ['self_focus'], NEWS],
  ["Don't get me started on my family.", ['self_focus'], NEWS],
  ["I'm feeling fragile this week.", ['owns_feeling']],
]);
