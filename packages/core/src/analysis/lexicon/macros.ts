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
    'a_flake|such_a_flake|flaky|hard_to_live_with|exhausting_to_be_with|never_on_time|always_on_your_phone|on_your_phone',
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
    'hurt_me_again|hurts_me_again|strangling|suffocated|smothered|stomped_on|stamped_on|elbowed|kneed|' +
    'spat_at|spat_on|beat_up|beats_up|roughed_up|whacked|clobbered|abused|abuses|abusing',
  /** Acts that are violent when done to someone ("he shook me", not "he shook his head"). */
  violent_act_on:
    'shook|shakes|shaking|yanked|yanks|yanking|tackled|tripped|pinched|scratched|slapping|kicking|' +
    'punching|shoving|pushing|hitting|choking|strangling|knocked|threw|throws|' +
    'tied_up|ties_up|twisted|twists|bit|bites|biting|grabbing|cornered|corners|' +
    'restrained|restrains|hurled|dragged|drags|dragging|slammed|slams|whipped|whips|burned|burns|' +
    'stabbed|shot|kicked|punched|slapped|choked|strangled|shoved|pushed|hit|hits|beat|beats|smacked|grabbed|grabs',
  /** Who a partner's violence or threat lands on. */
  victim:
    'me|us|the_kids|the_children|the_baby|my_kids|my_children|my_son|my_daughter|my_family|my_mum|' +
    'my_mom|my_dog|the_dog|my_cat|the_cat|the_kid|my_baby|my_parents|my_sister|my_brother|my_friends|me_again',
  /** Verbs of hurting one's own body (with "myself" or a body part: self-harm). */
  self_harm_verb:
    'hurt|hurting|hurts|harm|harmed|harming|cut|cutting|cuts|burn|burned|burnt|burning|scratch|scratched|' +
    'scratching|hit|hitting|punch|punched|punching|starve|starved|starving|carve|carved|carving|bite|' +
    'biting|stab|stabbed|stabbing|bruise|bruised|bruising|pinch|pinched|pinching|slap|slapped|slapping|' +
    'bang|banged|banging|pick|picked|picking|slice|sliced|slicing|mutilate|mutilated|mutilating|injure|' +
    'injured|injuring',
  /** Parts of the body self-harm is spoken of on. */
  body:
    'arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|belly|hip|hips|body|head|hand|hands|face|' +
    'chest|ankle|ankles|forearm|forearms|shoulder|shoulders|fingers|knuckles|side',
  /** Parts of the body a partner's grip or blow lands on ("he grabbed my *wrist*"; not "my hand"). */
  hurt_part:
    'arm|arms|wrist|wrists|neck|throat|hair|jaw|face|head|chest|stomach|leg|legs|shoulder|shoulders|ribs|' +
    'upper_arm|collar|shirt',
  /** What a controlling partner keeps from the speaker. */
  controlled:
    'leave|go_out|go_anywhere|go_home|go_outside|out|out_of_the_house|out_of_his_sight|out_of_her_sight|' +
    'see_my|see_anyone|see_friends|see_my_friends|see_my_family|see_my_mum|see_my_mom|talk_to|' +
    'speak_to|have_my|have_any|have_money|have_my_own|have_a_phone|have_my_phone|have_a_job|use_my|' +
    'use_the_phone|keep_my|work|get_a_job|call|call_anyone|text|text_anyone|sleep|eat|access|drive|' +
    'visit|touch_my|use_the_car|go_to_work|go_to_the_doctor|see_a_doctor|have_a_bank_account|wear',
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
