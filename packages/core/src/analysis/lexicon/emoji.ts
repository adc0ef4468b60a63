/** Emoji that carry a move, mapped to the canonical word the rules see. Others become "emoji". */
export const EMOJI_WORDS: Readonly<Record<string, string>> = {
  '\u{1F917}': 'hug', // 🤗
  '\u{1FAC2}': 'hug', // 🫂
  '\u2764': 'heart', // ❤
  '\u{1F495}': 'heart',
  '\u{1F496}': 'heart',
  '\u{1F497}': 'heart',
  '\u{1F499}': 'heart',
  '\u{1F49C}': 'heart',
  '\u{1F49A}': 'heart',
  '\u{1F9E1}': 'heart',
  '\u{1F60D}': 'heart',
  '\u{1F618}': 'kiss',
  '\u{1F644}': 'eyeroll', // 🙄
  '\u{1F602}': 'lol', // 😂
  '\u{1F923}': 'lol',
  '\u{1F480}': 'lol', // 💀
  '\u{1F44F}': 'clap',
};
