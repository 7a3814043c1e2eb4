import { ErrorCode } from '@app/contracts';

import { ApiException } from './api.exception';
import { createValidationPipe, MAX_INPUT_DEPTH, tooDeepAt } from './validation';

class NoteDto {}

function nest(depth: number): unknown {
  let v: unknown = 'leaf';
  for (let i = 0; i < depth; i++) {
    v = i % 2 ? { a: v } : [v];
  }
  return v;
}

describe('createValidationPipe', () => {
  it('finds the field path where input nests too deeply, without recursing', () => {
    expect(tooDeepAt({ title: 'x', matters: [{ policy: { ladder: [{ level: 'reminder' }] } }] })).toBeUndefined();
    expect(tooDeepAt({ title: 'x', junk: nest(MAX_INPUT_DEPTH - 1) })).toBeUndefined();
    expect(tooDeepAt({ title: 'x', junk: nest(MAX_INPUT_DEPTH) })).toBe('junk.a.0.a.0.a…');
    expect(tooDeepAt({ matters: [{ policy: { ladder: [[{ a: 1 }]] } }] }, 5)).toBe('matters.0.policy.ladder.0');
    expect(tooDeepAt({ items: [{ id: { a: 1 } }] }, 3)).toBe('items.0.id');
    expect(tooDeepAt([[[1]]], 2)).toBe('0.0');
    expect(tooDeepAt({ junk: nest(200_000) })).toBe('junk.a.0.a.0.a…');
  });

  it('refuses deeply nested junk as VALIDATION_FAILED naming the field, before the transformer overflows', async () => {
    const sut = createValidationPipe();
    const refused = sut.transform({ junk: nest(5000) }, { type: 'body', metatype: NoteDto });
    await expect(refused).rejects.toBeInstanceOf(ApiException);
    await expect(refused).rejects.toMatchObject({
      code: ErrorCode.ValidationFailed,
      message: `junk.a.0.a.0.a… is nested too deeply (at most ${MAX_INPUT_DEPTH} levels).`,
    });
  });
});
