import { acceptedEncodings } from './precompressed';

describe(acceptedEncodings.name, () => {
  it('reads the tokens a browser sends', () => {
    expect([...acceptedEncodings('gzip, deflate, br, zstd')].sort()).toEqual(['br', 'deflate', 'gzip', 'zstd']);
  });

  it('drops a token refused with q=0 and keeps weighted ones', () => {
    expect([...acceptedEncodings('br;q=0, gzip;q=0.8')]).toEqual(['gzip']);
  });

  it('accepts nothing when the header is absent', () => {
    expect(acceptedEncodings(undefined).size).toBe(0);
  });
});
