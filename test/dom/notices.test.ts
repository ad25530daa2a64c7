import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_NOTICES, useUi } from '../../renderer/src/stores/ui';

const texts = () => useUi.getState().notices.map((n) => [n.text, n.repeats ?? 1]);

describe('notices', () => {
  beforeEach(() => useUi.setState({ notices: [], screen: 'register' }));

  it('show the newest few, not a stack over the screen', () => {
    for (const text of ['one', 'two', 'three', 'four', 'five'])
      useUi.getState().notify('info', text);
    expect(texts()).toEqual([
      ['three', 1],
      ['four', 1],
      ['five', 1],
    ]);
    expect(useUi.getState().notices).toHaveLength(MAX_NOTICES);
  });

  it('say the same thing once, counted, as the newest', () => {
    const { notify } = useUi.getState();
    notify('error', 'Not saved');
    notify('info', 'Saved');
    notify('error', 'Not saved');
    notify('error', 'Not saved');
    expect(texts()).toEqual([
      ['Saved', 1],
      ['Not saved', 3],
    ]);
  });

  it('leave errors behind on their screen, and keep what was said in passing', () => {
    const { notify, showScreen } = useUi.getState();
    notify('error', 'The file could not be read');
    notify('info', 'Deleted 1 promise.');
    showScreen('register');
    expect(texts()).toHaveLength(2);
    showScreen('plan');
    expect(texts()).toEqual([['Deleted 1 promise.', 1]]);
  });
});
