import { describe, expect, it } from 'vitest';
import { sameJson } from '../../../../renderer/store/same-json';
import { waterfallPlan } from '../../../helpers/plans';

describe('two plans compared as the JSON they would be written as', () => {
  it('are the same when the host sent back the plan this window made', () => {
    const ours = waterfallPlan('es');
    const theirs: unknown = JSON.parse(JSON.stringify(ours));
    expect(sameJson(ours, theirs)).toBe(true);
  });

  it('differ at any change, however deep', () => {
    const ours = waterfallPlan('en');
    const changed = JSON.parse(JSON.stringify(ours)) as typeof ours;
    const stage = changed.funnel.stages[2];
    if (!stage) throw new Error('the plan has stages');
    stage.name = `${stage.name} `;
    expect(sameJson(ours, changed)).toBe(false);
    const fewer = JSON.parse(JSON.stringify(ours)) as typeof ours;
    fewer.funnel.stages.pop();
    expect(sameJson(ours, fewer)).toBe(false);
  });

  it('agree with JSON on what is written: undefined fields left out, missing items null', () => {
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(sameJson([1, undefined], [1, null])).toBe(true);
    expect(sameJson({ a: [1, 2] }, { a: { 0: 1, 1: 2 } })).toBe(false);
    expect(sameJson({ a: null }, { a: {} })).toBe(false);
    expect(sameJson(0, '0')).toBe(false);
  });

  it('do not depend on the order of keys', () => {
    expect(sameJson({ a: 1, b: { c: 2, d: 3 } }, { b: { d: 3, c: 2 }, a: 1 })).toBe(true);
  });
});
