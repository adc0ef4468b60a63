import { analyze } from '@rapport/core';
import { screen, within } from '@testing-library/dom';
import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ScoreChart, suggestNext } from '../src/components/Summary';
import type { Scenario, SessionSummary } from '../src/engine';
import { feelingVocabulary, scenarios } from '../src/engine';

describe('summary', () => {
  it('draws per-skill scores as an SVG chart with a text description', () => {
    const { container } = render(<ScoreChart scores={{ 'active-listening': 80, 'conflict-repair': 35 }} />);
    const chart = screen.getByRole('img');
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(container.querySelectorAll('rect.chart-bar')).toHaveLength(2);
    expect(within(chart).getByText('Active listening')).toBeTruthy();
    expect(container.querySelector('desc')?.textContent).toContain('Active listening: 80 out of 100');
  });

  it('suggests another scenario that practises the suggested skill', () => {
    const pack = scenarios as readonly Scenario[];
    const first = pack[0] as Scenario;
    const other = pack.find((s) => s.id !== first.id) as Scenario;
    const summary: SessionSummary = {
      scenarioId: first.id,
      outcome: 'succeeded',
      scores: {},
      strengths: [],
      growth: [],
      next: { skill: other.skills[0] as SessionSummary['next']['skill'], reason: 'because' },
    };
    const next = suggestNext(summary, first.id, pack);
    expect(next?.id).not.toBe(first.id);
    expect(next?.skills).toContain(summary.next.skill);
  });
});

describe('feeling vocabulary', () => {
  it('offers only words the analyzer reads as feelings, under the family it gives them', () => {
    const groups = feelingVocabulary();
    expect(groups.length).toBeGreaterThan(5);
    for (const { family, words } of groups) {
      for (const word of words) {
        const hit = analyze(`I feel ${word}.`).feelings[0];
        expect(hit?.family, word).toBe(family);
      }
    }
  });
});
