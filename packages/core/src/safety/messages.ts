/**
 * The safety message shown when crisis language ends role-play. Kept as data so apps can show it as is,
 * and so it can be reviewed without reading engine code.
 */
import type { CrisisKind } from '../analysis/types';
import type { SafetyMessage } from '../session/types';

type Resource = SafetyMessage['resources'][number];

/** Emergency services: first, always. */
export const EMERGENCY_RESOURCE: Resource = {
  name: 'Emergency services',
  contact: '911 (US/Canada) · 999 (UK) · 112 (EU) · 000 (Australia)',
  note: 'If you or someone else is in immediate danger, call now.',
};

/** Crisis lines for suicidal thoughts and self-harm. */
export const CRISIS_LINE_RESOURCES: readonly Resource[] = [
  {
    name: '988 Suicide & Crisis Lifeline (US)',
    contact: 'Call or text 988, or chat at 988lifeline.org',
    note: 'Free and confidential, 24/7.',
  },
  {
    name: 'Samaritans (UK & Ireland)',
    contact: 'Call 116 123 or email jo@samaritans.org',
    note: 'Free, 24/7.',
  },
  {
    name: 'Find a helpline (worldwide)',
    contact: 'findahelpline.com',
    note: 'Free, confidential helplines in your country.',
  },
];

/** Hotlines for domestic abuse and violence from a partner. */
export const DOMESTIC_ABUSE_RESOURCES: readonly Resource[] = [
  {
    name: 'National Domestic Violence Hotline (US)',
    contact: 'Call 1-800-799-7233, text START to 88788, or chat at thehotline.org',
    note: 'Free and confidential, 24/7.',
  },
  {
    name: 'National Domestic Abuse Helpline (UK, run by Refuge)',
    contact: 'Call 0808 2000 247 or chat at nationaldahelpline.org.uk',
    note: 'Free, 24/7.',
  },
  {
    name: 'Find a helpline (worldwide)',
    contact: 'findahelpline.com',
    note: 'Includes domestic-abuse services in your country.',
  },
];

const PRACTICE_NOT_THERAPY =
  'Rapport is a practice tool, not therapy or a crisis service, so the role-play has stopped here.';

/**
 * The safety message for a kind of crisis language: calm, kind, clear that this is practice and not
 * therapy, and where to find help right now.
 * @example
 * safetyMessage('suicide').resources[0].name; // "Emergency services"
 */
export function safetyMessage(kind: CrisisKind): SafetyMessage {
  if (kind === 'partner_violence') {
    return {
      title: "Let's pause the practice",
      message:
        'What you wrote sounds like someone may be hurting or threatening you. That is not okay, and it is not your fault. ' +
        `${PRACTICE_NOT_THERAPY} You deserve to be safe: people at these services listen without judging and can help you think about what to do next.`,
      resources: [EMERGENCY_RESOURCE, ...DOMESTIC_ABUSE_RESOURCES],
    };
  }
  return {
    title: "Let's pause the practice",
    message:
      'What you wrote sounds like you may be going through something really painful. Thank you for saying it. ' +
      `${PRACTICE_NOT_THERAPY} You don't have to carry this alone: talking to someone now can help, and these people are there for exactly this.`,
    resources: [EMERGENCY_RESOURCE, ...CRISIS_LINE_RESOURCES],
  };
}
