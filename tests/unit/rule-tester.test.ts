// Every rule's own examples, both ways: each `flag` example must raise that rule
// (pointing at the named words when the example names them), each `pass` example must not.
import { describe, expect, it } from 'vitest';
import { scoreClaim } from '../../heuristics/index';
import { RULES } from '../../heuristics/rules/index';

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  for (const example of rule.examples.flag) {
    const text = typeof example === 'string' ? example : example.text;
    it(`flags: ${text}`, () => {
      const flags = scoreClaim(text).flags.filter((f) => f.rule === rule.id);
      expect(flags, 'the rule should raise a flag').not.toHaveLength(0);
      if (typeof example !== 'string') {
        const spans = flags.map((f) => text.slice(f.span[0], f.span[1]));
        expect(spans).toContain(example.span);
      }
    });
  }
  for (const text of rule.examples.pass) {
    it(`passes: ${text}`, () => {
      expect(scoreClaim(text).flags.filter((f) => f.rule === rule.id)).toEqual([]);
    });
  }
});
