import { api, until } from './browser';

// Setup steps the browser specs share, through the API as the units and the office would take them.

// Justice carries an acknowledged matter to 已办结: its leader reports completion with a work-rules document,
// the director verifies it, and the step waits until the read model shows the matter closed.
export async function closeJusticeMatter(matterId: string, summary: string): Promise<void> {
  const director = api('demo.director');
  await api('demo.justice.leader').ok(`/api/matters/${matterId}/completion`, {
    summary,
    evidence: [{ title: '工作规则（印发稿）' }],
  });
  await director.ok(`/api/matters/${matterId}/verify`, { comment: '材料齐全，同意销号。' });
  await until('the closed matter in the read model', async () => {
    const res = await director.get<{ status: string }>(`/api/matters/${matterId}`);
    return res.body.status === 'closed' ? true : undefined;
  });
}

// A matter due long ago climbs the whole ladder (提醒 → 催办 → 督办 → 通报) at once; this waits for the top, so
// that what a spec reads or screenshots afterwards is a settled state.
export async function untilReported(matterId: string): Promise<void> {
  const director = api('demo.director');
  await until(
    'the overdue matter at 通报',
    async () => {
      const res = await director.get<{ escalationLevel: string | null }>(`/api/matters/${matterId}`);
      return res.body.escalationLevel === 'report' ? true : undefined;
    },
    60_000,
  );
}
