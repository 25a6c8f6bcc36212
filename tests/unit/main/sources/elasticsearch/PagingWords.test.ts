import { describe, expect, it } from 'vitest';
import { PagingWords } from '../../../../../src/main/sources/elasticsearch/PagingWords';

const words = (word: string) => ({ prefix: 'hunt', words: { 'description.words': [word] } });

describe('PagingWords', () => {
  it('gives back the words a result set was searched with until it is forgotten', () => {
    const paging = new PagingWords();
    paging.remember('h1', words('hunter'));
    expect(paging.get('h1')).toEqual(words('hunter'));
    paging.forget('h1');
    expect(paging.get('h1')).toBeUndefined();
  });

  it('keeps at most its limit, forgetting the result set least recently paged first', () => {
    const paging = new PagingWords(2);
    paging.remember('h1', words('hunter'));
    paging.remember('h2', words('hunting'));
    paging.remember('h1', words('hunter'));
    paging.remember('h3', words('huntsman'));
    expect(paging.get('h2')).toBeUndefined();
    expect(paging.get('h1')).toEqual(words('hunter'));
    expect(paging.get('h3')).toEqual(words('huntsman'));
    paging.clear();
    expect(paging.get('h1')).toBeUndefined();
  });
});
