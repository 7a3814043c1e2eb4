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
  it('finds the top-level field under which input nests too deeply, without recursing', () => {
    expect(tooDeepAt({ title: 'x', matters: [{ policy: { ladder: [{ level: 'reminder' }] } }] })).toBeUndefined();
    expect(tooDeepAt({ title: 'x', junk: nest(MAX_INPUT_DEPTH) })).toBe('junk');
    expect(tooDeepAt(nest(MAX_INPUT_DEPTH + 1))).toBe('');
    expect(tooDeepAt({ junk: nest(200_000) })).toBe('junk');
  });

  it('refuses deeply nested junk as VALIDATION_FAILED naming the field, before the transformer overflows', async () => {
    const sut = createValidationPipe();
    const refused = sut.transform({ junk: nest(5000) }, { type: 'body', metatype: NoteDto });
    await expect(refused).rejects.toBeInstanceOf(ApiException);
    await expect(refused).rejects.toMatchObject({
      code: ErrorCode.ValidationFailed,
      message: `junk is nested too deeply (at most ${MAX_INPUT_DEPTH} levels).`,
    });
  });
});
