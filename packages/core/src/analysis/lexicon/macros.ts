/**
 * Word groups shared by many phrases, referenced as `@name` in the pattern language (`phrases.ts`).
 * `|` separates alternatives; `_` joins the words of a multi-word alternative.
 */
export const MACROS: Readonly<Record<string, string>> = {
  /** Verdicts on character ("you're so *selfish*"): blame. */
  character:
    'selfish|lazy|inconsiderate|rude|careless|irresponsible|unreliable|immature|childish|thoughtless|' +
    'insensitive|cold|heartless|mean|cruel|controlling|manipulative|toxic|impossible|stubborn|' +
    'arrogant|self-centred|self-centered|selfcentered|narcissistic|a_narcissist|a_liar|dishonest|' +
    'ungrateful|useless|unbearable|a_hypocrite|hypocritical|clingy|needy|boring|sloppy|messy|' +
    'disrespectful|judgmental|judgemental|critical|demanding|passive-aggressive|a_jerk|a_bully|' +
    'nagging|a_nag|unfair|unreasonable|difficult|the_worst|unfaithful|untrustworthy|distant|' +
    'hopeless|checked_out|cheap|stingy|spoilt|spoiled|entitled|never_here|never_around|hopeless_with|' +
    'terrible_with|awful_with|bad_with|so_negative|negative|absent|lazy|useless_with|such_a_slob|' +
    'a_slob|a_mess|so_forgetful|forgetful|oblivious|self-absorbed|self_absorbed|impatient_with_me|' +
    'hard_to_live_with|exhausting_to_be_with|never_on_time|always_on_your_phone|on_your_phone',
  /** Insults and mockery: contempt. */
  insult:
    'pathetic|ridiculous|an_idiot|a_joke|stupid|dumb|clueless|a_child|a_baby|such_a_baby|such_a_child|' +
    'hilarious|embarrassing|laughable|insane|crazy|delusional|so_dramatic|being_dramatic|' +
    'a_drama_queen|an_embarrassment|a_disgrace|a_loser|a_moron|an_imbecile|brainless|thick|dense|' +
    'a_clown|a_muppet|a_child',
  /** What follows "thanks for" when the thanks is general ("for everything"). */
  generic_thanks:
    'everything|all|always|being_you|being_there|being_here|being_so|being_amazing|being_the_best|' +
    'being_my|that|it|this|nothing|everything_you_do|all_you_do|all_that_you_do|all_of_it|' +
    'all_your_help|your_help|existing|putting_up_with_me|everything_you',
  /** Praise words for a particular act ("you were so *patient*"). */
  praise:
    'kind|patient|good|great|amazing|brilliant|sweet|calm|lovely|generous|thoughtful|helpful|gentle|' +
    'supportive|wonderful|fantastic|incredible|caring|considerate|brave|funny|clever|fab|ace|awesome',
  /** People whose violence counts as partner violence. */
  agent:
    'he|she|they|partner|husband|wife|boyfriend|girlfriend|ex|bf|gf|fiance|fiancee|hubby|spouse|' +
    'missus|fella',
  /** Violent acts. */
  violent_act:
    'hit|hits|hitting|punched|punches|punch|slapped|slaps|slap|kicked|kicks|choked|chokes|choking|' +
    'strangled|strangles|shoved|shoves|pushed|beat|beats|beating|battered|grabbed|grabs|raped|burned|' +
    'burnt|bit|stabbed|smacked|smacks|throttled|dragged|pinned|headbutted|attacked|assaulted|' +
    'hurt_me_again|hurts_me_again',
  /** Words that evaluate a situation ("that sounds *awful*"): validation, not reflection. */
  situation:
    'hard|difficult|tough|rough|awful|terrible|horrible|frustrating|stressful|painful|scary|' +
    'exhausting|overwhelming|upsetting|infuriating|maddening|draining|lonely|heartbreaking|unfair|' +
    'brutal|frightening|discouraging|disappointing|annoying|confusing|hurtful|intense|heavy|' +
    'devastating|sad|crushing|demoralising|demoralizing|isolating|nerve-wracking|distressing|' +
    'challenging|miserable|horrendous|terrifying|humiliating|embarrassing|harsh|cruel|rubbish|crap|' +
    'crappy|shit|shitty|gutting|rotten|grim|bleak|nasty|worrying|concerning|alarming|a_lot|' +
    'a_nightmare|a_big_deal|a_big_one|huge|so_much|loads|not_okay|not_right|out_of_order|unacceptable|' +
    'wrong|outrageous|unbelievable|the_worst|a_lot_to_carry|a_lot_to_deal_with|heartbreaking|sucky|' +
    'stressy|tiring|lonely|scary|hideous|grim|mean|unkind|rude|gross|a_shame|such_a_shame|a_pain|' +
    'a_drag|a_blow|a_kick_in_the_teeth|tricky|complicated|stinging|jarring|unsettling|disheartening',
  /** Words that say a reaction is normal. */
  normalising:
    'normal|natural|human|valid|understandable|reasonable|fair_enough|common|okay_to_feel|legit|' +
    'allowed|relatable',
  /** Verbs that open an instruction ("*Talk* to HR", "*Set* a timer"). */
  advice_verb:
    'ask|talk|tell|go|call|text|write|make|get|quit|leave|take|start|stop|set|book|find|look|email|' +
    'report|speak|break|dump|ignore|block|rest|focus|put|consider|sign|apply|move|switch|delegate|' +
    'journal|meditate|exercise|breathe|drink|eat|schedule|plan|try|reach|give|bring|push|say|use|buy|' +
    'pick|learn|practice|practise|hire|cut|change|stand|confront|turn|knock|mute|unfollow|study|' +
    'prepare|save|budget|skip|spend|split|ring|message|phone|visit|join|check|see_a|see_your|see_if|' +
    'list|note|jot|keep|limit|lock|leave_early|head|invest|sell|return|complain|escalate|raise|' +
    'mention|suggest|offer|swap|trade|drop|pause|walk|run|read|hide|cook|tidy|clean|wear|grab|pack|order|write|' +
    'delete|unplug|bake|swim|stretch|download|install',
};
