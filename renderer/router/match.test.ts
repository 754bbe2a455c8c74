import { describe, expect, it } from 'vitest';
import { matchPath } from './match';

describe('matchPath', () => {
  it('reads the stay id of a profile link, with or without a trailing slash', () => {
    expect(matchPath('/hoc-vien/:stayId', '/hoc-vien/12')).toEqual({ stayId: '12' });
    expect(matchPath('/hoc-vien/:stayId', '/hoc-vien/12/')).toEqual({ stayId: '12' });
  });

  it('does not take the list for a profile or another screen for the list', () => {
    expect(matchPath('/hoc-vien/:stayId', '/hoc-vien')).toBeNull();
    expect(matchPath('/hoc-vien', '/tiep-nhan')).toBeNull();
    expect(matchPath('/', '/')).toEqual({});
  });
});
