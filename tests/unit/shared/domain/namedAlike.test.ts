import { describe, expect, it } from 'vitest';
import { nameKey, namedAlike } from '../../../../src/shared/domain/namedAlike';
import { viewNamedAlike, viewNameTaken } from '../../../../src/shared/domain/viewNameTaken';

const views = [
  { id: 'v1', name: 'Deletes' },
  { id: 'v2', name: 'Errors' },
];

describe('names a list shows alike', () => {
  it('leave out letters’ case, a letter’s width and the spaces between and around words', () => {
    expect(nameKey('  Wallet\u00a0 DRAIN ')).toBe('wallet drain');
    expect(nameKey('\uff37allet drain')).toBe('wallet drain');
  });

  it('keep a character a reader cannot see, so a name holding one is another name', () => {
    expect(nameKey('Dele\u200Btes')).not.toBe(nameKey('Deletes'));
  });

  it('find the first other one named alike, never the one being named, never by a blank name', () => {
    const cases = [{ id: 'c1', title: 'Wallet drain' }];
    expect(namedAlike('wallet  DRAIN', cases, (each) => each.title)).toBe(cases[0]);
    expect(namedAlike('wallet  DRAIN', cases, (each) => each.title, 'c1')).toBeUndefined();
    expect(namedAlike('   ', [{ id: 'c2', title: ' ' }], (each) => each.title)).toBeUndefined();
  });
});

describe('a view name another view already has', () => {
  it.each([
    ['the same name', 'Deletes'],
    ['other letters’ case and spaces around it', ' deletes '],
    ['a full-width letter', '\uff24eletes'],
  ])('is that view’s when written with %s', (_, name) => {
    expect(viewNamedAlike(name, views)).toBe(views[0]);
    expect(viewNameTaken(name, views)).toBe('Another view is already named “Deletes”; choose another name.');
  });

  it('is the view’s own when it is the view being renamed', () => {
    expect(viewNameTaken('DELETES', views, 'v1')).toBeNull();
    expect(viewNameTaken('errors', views, 'v1')).toBe('Another view is already named “Errors”; choose another name.');
  });

  it('names a view saved with a hidden character by that character', () => {
    const legacy = [{ id: 'v3', name: 'Deletes\u200B' }];
    expect(viewNameTaken('deletes\u200B', legacy)).toBe(
      'Another view is already named “Deletes⟨U+200B⟩”; choose another name.',
    );
  });
});
