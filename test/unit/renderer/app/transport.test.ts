// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { takeLaunchToken } from '../../../../renderer/app/transport';

beforeEach(() => {
  window.sessionStorage.clear();
});

describe('launch token', () => {
  it('takes the token from the address once and removes it from the address bar', () => {
    window.history.replaceState(null, '', '/?token=abc123&x=1#/plans/p1');
    expect(takeLaunchToken(window.location, window.sessionStorage, window.history)).toBe('abc123');
    expect(window.location.search).toBe('?x=1');
    expect(window.location.hash).toBe('#/plans/p1');
    expect(takeLaunchToken(window.location, window.sessionStorage, window.history)).toBe('abc123');
  });

  it('has no token when the address had none', () => {
    window.history.replaceState(null, '', '/');
    expect(takeLaunchToken(window.location, window.sessionStorage, window.history)).toBeNull();
  });
});
