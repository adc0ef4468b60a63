/**
 * Feeling words by family. Each entry is `word:intensity` (1 mild … 3 intense); `_` joins a multi-word
 * feeling ("worn_out"); a trailing `:f` marks a word that names a feeling only after a feeling verb
 * ("I feel small", not "a small car").
 */
import type { FeelingFamily } from '../types';

export const FEELING_WORDS: Readonly<Record<FeelingFamily, string>> = {
  anger:
    'angry:2 mad:2 furious:3 livid:3 enraged:3 irate:3 annoyed:1 irritated:1 frustrated:2 aggravated:2 ' +
    'exasperated:2 resentful:2 bitter:2 outraged:3 fuming:3 cross:1:f agitated:2 pissed:3 pissed_off:3 ' +
    'hostile:3 indignant:2 infuriated:3 incensed:3 seething:3 vexed:1 grumpy:1 cranky:1 irked:1 peeved:1 ' +
    'salty:1:f heated:2:f fed_up:2 ticked_off:2 jealous:2 envious:1 impatient:1 hangry:1 riled_up:2 wound_up:2 ' +
    'sick_of:2 sick_and_tired:3 offended:2 cheesed_off:2 narked:1 ratty:1 snappy:1 short_tempered:2 ' +
    'anger:2 rage:3 fury:3 frustration:2 annoyance:1 resentment:2 jealousy:2 irritation:1',
  sadness:
    'sad:2 unhappy:2 depressed:3 miserable:3 gloomy:1 heartbroken:3 brokenhearted:3 devastated:3 crushed:3 ' +
    'disappointed:2 discouraged:2 hopeless:3:f lonely:2 melancholy:2 sorrowful:2 grieving:3 despondent:3 ' +
    'dejected:2 downcast:2 glum:1 fragile:2 teary:2 emotional:1:f choked_up:2 tearful:2 weepy:2 bummed:1 bummed_out:1 homesick:2 empty:2:f numb:2 ' +
    'defeated:2 despairing:3 forlorn:2 morose:2 wistful:1 nostalgic:1 saddened:2 gutted:3 mournful:2 bereft:3 ' +
    'disheartened:2 demoralized:2 demoralised:2 dispirited:2 upset:2 low:1:f down:1:f blue:1:f deflated:2 ' +
    'meh:1:f flat:1:f heavy:2:f isolated:2 cut_off:2 alone:2:f sorry_for_myself:2 ' +
    'sadness:2 sorrow:2 grief:3 despair:3 loneliness:2 heartache:3 heartbreak:3 disappointment:2',
  fear:
    'afraid:2 scared:2 frightened:2 terrified:3 anxious:2 nervous:1 worried:2 panicked:3 panicky:3 panicking:3 ' +
    'uneasy:1 apprehensive:1 tense:1 stressed:2 stressed_out:2 overwhelmed:2 insecure:2 jittery:1 jumpy:1 ' +
    'edgy:1 petrified:3 horrified:3 alarmed:2 fearful:2 dreading:2 on_edge:2 shaky:1 restless:1 concerned:1 ' +
    'paranoid:2 unsafe:3 vulnerable:2 helpless:3 powerless:2 freaked:2 freaked_out:2 freaking_out:2 spooked:1 ' +
    'intimidated:2 hesitant:1 wary:1 distressed:3 troubled:2 frantic:3 rattled:2 swamped:2 scared_to_death:3 ' +
    'worried_sick:3 anxiety:2 fear:2 dread:2 panic:3 worry:2 stress:2 terror:3 nerves:1:f butterflies:1:f',
  joy:
    'happy:2 glad:1 joyful:2 delighted:3 excited:2 thrilled:3 ecstatic:3 elated:3 cheerful:2 contented:1 ' +
    'pleased:1 grateful:2 thankful:2 proud:2 hopeful:1 optimistic:1 relieved:2 satisfied:1 overjoyed:3 ' +
    'giddy:2 jubilant:3 blissful:3 upbeat:1 amused:1 inspired:2 energized:2 energised:2 enthusiastic:2 ' +
    'eager:1 encouraged:1 confident:1 stoked:2 pumped:2 psyched:2 chuffed:2 blessed:2:f lucky:1:f fulfilled:2 ' +
    'accomplished:2:f triumphant:3 playful:1 lighthearted:1 merry:1 jolly:1 buzzing:2 over_the_moon:3 ' +
    'good:1:f great:2:f amazing:2:f better:1:f wonderful:2:f fantastic:2:f alive:2:f ' +
    'joy:2 happiness:2 excitement:2 relief:2 pride:2 gratitude:2 hope:1',
  shame:
    'ashamed:3 embarrassed:2 guilty:2 humiliated:3 mortified:3 self_conscious:1 sheepish:1 regretful:2 out_of_place:2 ' +
    'remorseful:2 awkward:1:f foolish:2:f stupid:2:f inadequate:2 worthless:3 unworthy:2 incompetent:2:f ' +
    'exposed:2:f small:1:f dumb:1:f inferior:2:f pathetic:2:f useless:2:f contrite:2 bashful:1 shy:1 ' +
    'like_a_failure:3 a_failure:3:f bad:1:f terrible:2:f awful:2:f horrible:2:f dreadful:2:f rotten:2:f ' +
    'shame:3 guilt:2 embarrassment:2 humiliation:3',
  tenderness:
    'loving:2 affectionate:2 tender:1:f warm:1:f compassionate:1 close:1:f closer:2:f connected:2 loved:2 cherished:2 ' +
    'adored:2 fond:1 sympathetic:1 moved:2:f touched:2:f romantic:1 cared_for:2 in_love:3 smitten:2 ' +
    'devoted:2 appreciated:1 supported:1 understood:2:f seen:1:f heard:1:f valued:1 safe_with_you:2 ' +
    'love:2:f affection:2 tenderness:2',
  surprise:
    'surprised:1 shocked:3 stunned:3 amazed:2 astonished:3 startled:2 speechless:2 dumbfounded:3 ' +
    'flabbergasted:3 taken_aback:2 gobsmacked:3 caught_off_guard:2 thrown:1:f floored:2 shook:2:f ' +
    'surprise:1 shock:3',
  disgust:
    'disgusted:3 grossed_out:2 repulsed:3 revolted:3 sickened:3 appalled:3 nauseated:2 queasy:1:f ' +
    'disturbed:2 icky:1:f gross:1:f sick:1:f disgust:3',
  tiredness:
    'tired:1 exhausted:3 drained:2 weary:2 worn_out:2 burned_out:3 burnt_out:3 fatigued:2 sleepy:1 ' +
    'spent:1:f depleted:2 wiped:2 wiped_out:2 knackered:2 run_down:2 sluggish:1 lethargic:2 shattered:3 ' +
    'dead_tired:3 bored:1 unmotivated:1 listless:2 overworked:2 stretched_thin:2 frazzled:2 fried:2:f ' +
    'zonked:2 done_in:2 running_on_empty:3 exhaustion:3 fatigue:2 burnout:3',
  calm:
    'calm:1 relaxed:1 peaceful:1 serene:1 centered:1 centred:1 grounded:1 settled:1 at_ease:1 ' +
    'comfortable:1:f safe:1:f secure:1:f rested:1 refreshed:1 mellow:1 tranquil:1 chill:1:f okay:1:f ' +
    'fine:1:f alright:1:f at_peace:1 content:1:f',
  hurt:
    'hurt:2 wounded:3 pained:2 aching:2 hurting:2 stung:2 bruised:2:f torn_up:2 heartsore:2 ' +
    'sore:1:f raw:2:f in_pain:2 broken:3:f gutted_by:3',
  confusion:
    'confused:2 puzzled:1 perplexed:2 baffled:2 lost:1:f bewildered:2 uncertain:1 unsure:1 torn:2 ' +
    'ambivalent:1 conflicted:2 mixed_up:2 disoriented:2 befuddled:2 muddled:1 stuck:1:f indecisive:1 ' +
    'foggy:1 mystified:2 clueless:1:f dazed:2 all_over_the_place:2 confusion:2 doubt:1',
};

/**
 * Faux feelings: words that describe what someone else did ("ignored", "abandoned") rather than a
 * feeling. They count as the speaker's feeling only after a feeling verb ("I feel ignored").
 */
export const FAUX_FEELING_WORDS: string =
  'abandoned attacked betrayed belittled blamed bullied cheated coerced cornered criticized criticised ' +
  'dismissed disrespected dumped excluded ignored insulted invalidated invisible judged left_out let_down ' +
  'manipulated misunderstood neglected patronized patronised pressured provoked put_down rejected ' +
  'ripped_off smothered taken_for_granted threatened trapped tricked unappreciated unheard unloved unseen ' +
  'unsupported unwanted used victimized victimised violated wronged controlled lied_to gaslit gaslighted ' +
  'interrupted micromanaged nagged scrutinized overlooked shut_out pushed_away brushed_off talked_down_to ' +
  'second-guessed undervalued unimportant unvalued sidelined forgotten replaced outnumbered dumped_on';
