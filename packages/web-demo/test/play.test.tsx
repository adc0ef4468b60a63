import { screen, within } from '@testing-library/dom';
import { act, render } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Play } from '../src/components/Play';
import { type Scenario, scenarios } from '../src/engine';
import type { Running } from '../src/session';
import { context, FakeActor } from './fixtures';

const base = scenarios[0] as Scenario;
const scenario: Scenario = {
  ...base,
  meters: { heard: { label: 'Felt heard', initial: 30, better: 'up' } },
};

function setup(actor: FakeActor) {
  const running: Running = {
    id: 'r1',
    scenario,
    custom: false,
    seed: 1,
    startedAt: new Date().toISOString(),
    actor,
  };
  const onLeave = vi.fn();
  const utils = render(
    <Play running={running} headingRef={createRef()} onLeave={onLeave} onStart={vi.fn()} />,
  );
  return { ...utils, onLeave };
}

describe('play screen', () => {
  it('shows the conversation as a log, the partner, their mood and the meters', () => {
    const actor = new FakeActor(context());
    setup(actor);
    const log = screen.getByRole('log');
    expect(within(log).getByText('I had a terrible day.')).toBeTruthy();
    const partner = screen.getByRole('region', { name: 'Your partner' });
    expect(within(partner).getByText('Maya')).toBeTruthy();
    expect(within(partner).getByText('guarded')).toBeTruthy();
    const meter = screen.getByRole('meter', { name: /Felt heard/ });
    expect(meter.getAttribute('aria-valuenow')).toBe('30');
    expect(screen.getByRole('heading', { level: 1, name: scenario.title })).toBeTruthy();
  });

  it('sends the reply, hint and try-again events, and clears the box', async () => {
    const user = userEvent.setup();
    const actor = new FakeActor(context({ turn: 1 }));
    setup(actor);
    const box = screen.getByRole('textbox', { name: 'Your reply' });
    await user.type(box, 'That sounds hard.');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(actor.sent).toEqual([{ type: 'learner.say', text: 'That sounds hard.' }]);
    expect((box as HTMLTextAreaElement).value).toBe('');
    await user.click(screen.getByRole('button', { name: 'Hint' }));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(actor.sent.slice(1)).toEqual([{ type: 'learner.hint' }, { type: 'learner.retry' }]);
  });

  it('sends with Enter and keeps Shift+Enter for new lines', async () => {
    const user = userEvent.setup();
    const actor = new FakeActor(context());
    setup(actor);
    const box = screen.getByRole('textbox', { name: 'Your reply' });
    await user.type(box, 'one{Shift>}{Enter}{/Shift}two{Enter}');
    expect(actor.sent).toEqual([{ type: 'learner.say', text: 'one\ntwo' }]);
  });

  it('does not send an empty reply; Try again is off before the first reply', async () => {
    const user = userEvent.setup();
    const actor = new FakeActor(context());
    setup(actor);
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(actor.sent).toEqual([]);
    expect((screen.getByRole('button', { name: 'Try again' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('renders new snapshots: feedback quoting the learner, why and try instead, in a polite live region', () => {
    const actor = new FakeActor(context());
    setup(actor);
    const region = screen.getByRole('region', { name: 'Feedback' });
    expect(region.getAttribute('aria-live')).toBe('polite');
    act(() =>
      actor.set({
        turn: 1,
        transcript: [
          { speaker: 'partner', text: 'I had a terrible day.' },
          { speaker: 'learner', text: 'You should quit.' },
          { speaker: 'partner', text: 'That is not what I need.' },
        ],
        feedback: [
          {
            code: 'advice-too-soon',
            severity: 'tip',
            message: 'That jumps to advice.',
            why: 'Advice before understanding feels dismissive.',
            quote: { text: 'You should quit', span: [0, 15] },
            tryInstead: 'That sounds exhausting.',
          },
        ],
        partner: { name: 'Maya', mood: 'hurt' },
        hints: ['Slow down.'],
        notice: 'no more hints on this step',
      }),
    );
    expect(within(region).getByText('You should quit')).toBeTruthy();
    expect(within(region).getByText('Advice before understanding feels dismissive.')).toBeTruthy();
    expect(within(region).getByText('That sounds exhausting.')).toBeTruthy();
    expect(within(screen.getByRole('log')).getByText('You should quit.')).toBeTruthy();
    expect(screen.getByText('hurt')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Hints' })).getByText('Slow down.')).toBeTruthy();
    expect(screen.getByText('No more hints on this step')).toBeTruthy();
  });

  it('renders learner text as text, never as markup', () => {
    const xss = '<img src=x onerror="globalThis.__xss=1">';
    const actor = new FakeActor(
      context({
        transcript: [
          { speaker: 'partner', text: 'Hi' },
          { speaker: 'learner', text: xss },
        ],
        feedback: [
          { code: 'x', severity: 'tip', message: xss, why: xss, quote: { text: xss, span: [0, 5] } },
        ],
      }),
    );
    const { container } = setup(actor);
    expect(container.querySelector('img')).toBeNull();
    expect(within(screen.getByRole('log')).getByText(xss)).toBeTruthy();
    expect((globalThis as { __xss?: number }).__xss).toBeUndefined();
  });

  it('shows the safety screen, and no role-play feedback, when the session stops for safety', () => {
    const actor = new FakeActor(
      context({
        outcome: 'safety',
        feedback: [{ code: 'x', severity: 'tip', message: 'role-play feedback', why: 'no' }],
        safety: {
          title: 'Let’s pause',
          message: 'You deserve support.',
          resources: [{ name: 'Emergency services', contact: 'Call 112', note: 'If you are in danger' }],
        },
      }),
    );
    setup(actor);
    expect(screen.getByRole('heading', { level: 1, name: 'Let’s pause' })).toBeTruthy();
    expect(screen.getByText('Call 112')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Feedback' })).toBeNull();
    expect(screen.queryByText('role-play feedback')).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Your reply' })).toBeNull();
  });
});
