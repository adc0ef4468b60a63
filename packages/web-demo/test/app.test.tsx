import { screen, within } from '@testing-library/dom';
import { render } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../src/App';
import { type Scenario, scenarios } from '../src/engine';
import { KEYS, QUARANTINE_PREFIX, Store } from '../src/storage';

const first = scenarios[0] as Scenario;

function mount() {
  return render(<App store={new Store().checkAll()} />);
}

describe('app', () => {
  it('lists the pack as buttons named by title, filterable by skill and difficulty', async () => {
    const user = userEvent.setup();
    mount();
    for (const s of scenarios) expect(screen.getByRole('button', { name: s.title })).toBeTruthy();
    expect(screen.getByRole('complementary', { name: 'About this practice' }).textContent).toMatch(
      /practice, not therapy/i,
    );
    expect(screen.getAllByText(first.setting).length).toBeGreaterThan(0);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Difficulty' }), first.difficulty);
    for (const s of scenarios) {
      const shown = screen.queryByRole('button', { name: s.title }) !== null;
      expect(shown).toBe(s.difficulty === first.difficulty);
    }
    const skill = first.skills[0] as string;
    await user.selectOptions(screen.getByRole('combobox', { name: 'Skill' }), skill);
    for (const s of scenarios) {
      const shown = screen.queryByRole('button', { name: s.title }) !== null;
      expect(shown).toBe(s.difficulty === first.difficulty && s.skills.includes(skill as never));
    }
  });

  it('plays with the real session actor: reply, hint, try again, and resumes after a reload', async () => {
    const user = userEvent.setup();
    const view = mount();
    await user.click(screen.getByRole('button', { name: first.title }));
    const log = screen.getByRole('log');
    const partnerLines = within(log).getAllByText(/./, { selector: '.bubble.from-partner p' });
    expect(partnerLines.length).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: 'Hint' }));
    expect(within(screen.getByRole('region', { name: 'Hints' })).getAllByRole('listitem')).toHaveLength(1);

    await user.type(screen.getByRole('textbox', { name: 'Your reply' }), 'Hmm, ok.{Enter}');
    expect(within(log).getByText('Hmm, ok.')).toBeTruthy();
    const feedback = screen.getByRole('region', { name: 'Feedback' });
    expect(within(feedback).getAllByRole('listitem').length).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(within(screen.getByRole('log')).queryByText('Hmm, ok.')).toBeNull();
    // The taken-back words come back into the box to rephrase.
    expect((screen.getByRole('textbox', { name: 'Your reply' }) as HTMLTextAreaElement).value).toBe(
      'Hmm, ok.',
    );

    await user.clear(screen.getByRole('textbox', { name: 'Your reply' }));
    await user.type(screen.getByRole('textbox', { name: 'Your reply' }), 'I am listening.{Enter}');
    expect(localStorage.getItem(KEYS.active)).toContain('I am listening.');

    // "Reload": a fresh app over the same storage resumes the same conversation.
    view.unmount();
    mount();
    expect(screen.getByRole('heading', { level: 1, name: first.title })).toBeTruthy();
    expect(within(screen.getByRole('log')).getByText('I am listening.')).toBeTruthy();
  });

  it('plays to the end on the model hints: summary with chart, quotes, next scenario, and a history entry', async () => {
    const user = userEvent.setup();
    mount();
    await user.click(screen.getByRole('button', { name: first.title }));
    for (
      let turn = 0;
      turn < 20 && screen.queryByRole('log') && !screen.queryByText(/^(Well done|Session finished)/);
      turn++
    ) {
      for (let i = 0; i < 3; i++) await user.click(screen.getByRole('button', { name: 'Hint' }));
      const hints = within(screen.getByRole('region', { name: 'Hints' })).getAllByRole('listitem');
      const model = (hints[hints.length - 1]?.querySelector('.hint-text')?.textContent ?? '').trim();
      await user.click(screen.getByRole('textbox', { name: 'Your reply' }));
      await user.paste(model);
      await user.keyboard('{Enter}');
    }
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/^(Well done|Session finished)/);
    expect(document.querySelectorAll('.chart rect.chart-bar').length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: 'Strengths' })).toBeTruthy();
    const next = screen.getByRole('heading', { name: 'What to practise next' }).parentElement as HTMLElement;
    const suggested = within(next).getByRole('button');
    expect(scenarios.some((s) => s.title === suggested.textContent && s.id !== first.id)).toBe(true);
    expect(new Store().history()).toHaveLength(1);
    expect(new Store().history()[0]?.scenarioId).toBe(first.id);
  });

  it('reports and sets aside a corrupt saved session without crashing', () => {
    localStorage.setItem(
      KEYS.active,
      '{"version":1,"data":{"id":"x","scenarioId":"nope","seed":1,"startedAt":"2026-01-01T00:00:00Z","snapshot":{}}}',
    );
    localStorage.setItem(KEYS.history, '%%%');
    mount();
    expect(screen.getByRole('alert').textContent).toMatch(/set aside/);
    expect(screen.getByRole('heading', { level: 1, name: /Choose a conversation/ })).toBeTruthy();
    expect(Object.keys(localStorage).filter((k) => k.startsWith(QUARANTINE_PREFIX))).toHaveLength(2);
  });

  it('sets aside a saved session whose snapshot the engine cannot restore, and carries on', async () => {
    const user = userEvent.setup();
    const record = {
      id: 'x',
      scenarioId: first.id,
      seed: 1,
      startedAt: '2026-01-01T00:00:00Z',
      snapshot: { context: {} },
    };
    localStorage.setItem(KEYS.active, JSON.stringify({ version: 1, data: record }));
    mount();
    expect(screen.getByRole('alert').textContent).toMatch(/could not be resumed/);
    expect(localStorage.getItem(KEYS.active)).toBeNull();
    await user.click(screen.getByRole('button', { name: first.title }));
    expect(screen.getByRole('log')).toBeTruthy();
  });

  it('offers the daily check-in with the analyzer’s feeling words and saves it', async () => {
    const user = userEvent.setup();
    mount();
    await user.click(screen.getByRole('button', { name: 'Check-in' }));
    expect(screen.getByText(/What am I feeling right now, and what caused it\?/)).toBeTruthy();
    expect(screen.getAllByRole('checkbox').length).toBeGreaterThan(5);
    await user.type(screen.getByRole('searchbox', { name: 'Find a feeling' }), 'calm');
    for (const box of screen.getAllByRole('checkbox')) {
      expect((box.closest('label') as HTMLElement).textContent).toContain('calm');
    }
    await user.click(screen.getByRole('checkbox', { name: 'calm' }));
    expect(screen.getByText(/Picked:/).textContent).toContain('calm');
    await user.type(screen.getByRole('textbox', { name: 'What caused it?' }), 'a long meeting');
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    expect(new Store().checkIns()[0]).toMatchObject({ feelings: ['calm'], cause: 'a long meeting' });
    expect(screen.getByText(/Current streak/).textContent).toMatch(/1/);
  });

  it('exports and deletes all data after a confirmation', async () => {
    const user = userEvent.setup();
    localStorage.setItem('other-app', 'keep');
    mount();
    await user.click(screen.getByRole('button', { name: first.title }));
    await user.click(screen.getByRole('button', { name: 'My data' }));
    await user.click(screen.getByRole('button', { name: 'Delete all my data' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    expect(Object.keys(localStorage)).toEqual(['other-app']);
    expect(screen.getByText(/was deleted/)).toBeTruthy();
  });

  it('author playground lists every issue with its line, and plays a valid scenario', async () => {
    const user = userEvent.setup();
    const view = mount();
    await user.click(screen.getByRole('button', { name: 'Author' }));
    const box = await screen.findByRole('textbox', { name: 'Scenario (YAML or JSON)' });
    await user.click(box);
    await user.paste('{\n  "id": "x",\n  "title": <img src=x onerror=alert(1)>\n}');
    await user.click(screen.getByRole('button', { name: 'Check scenario' }));
    const status = (await screen.findByText(/issues? to fix/)).closest('div') as HTMLElement;
    expect(within(status).getAllByRole('button', { name: /^Line \d+, column \d+$/ }).length).toBeGreaterThan(
      0,
    );
    expect(document.querySelector('img')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Load an example' }));
    await user.click(screen.getByRole('button', { name: 'Check scenario' }));
    const play = await screen.findByRole('button', { name: /^Play “/ });
    await user.click(play);
    expect(screen.getByRole('log')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'Your reply' }), 'That sounds hard.{Enter}');

    // A playground session resumes after a reload too (its scenario is saved and checked again).
    view.unmount();
    mount();
    expect(await screen.findByRole('heading', { level: 1, name: /\(my copy\)$/ })).toBeTruthy();
    expect(within(screen.getByRole('log')).getByText('That sounds hard.')).toBeTruthy();
  });
});
