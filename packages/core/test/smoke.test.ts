import { MOVE_IDS } from '@rapport/core';
import { describe, expect, it } from 'vitest';

describe('package resolution', () => {
  it('resolves @rapport/core to its source during tests', () => {
    expect(MOVE_IDS).toContain('reflection');
  });
});
