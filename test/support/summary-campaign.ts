import type { Actor, CampaignView } from '@app/contracts';
import { ladderOf } from '@app/contracts';
import type { TestStack } from '@app/testing';
import type { Response } from 'supertest';

// Starts a 年度工作总结 campaign for the timers tests, as `director`: a reminder one working day before the due
// date, then 提醒 on it and 催办 a working day later. Answers the 201 of the start.
export async function startTimedCampaign(
  stack: TestStack,
  director: Actor,
  idempotencyKey: string,
  start: { year: number; dueDate: string; unitCodes: string[] },
): Promise<Response> {
  return stack.http
    .post('/api/campaigns/summary')
    .set(await stack.headers(director))
    .set('Idempotency-Key', idempotencyKey)
    .send({ ...start, policy: { remindBeforeWorkingDays: 1, ladder: ladderOf({ reminder: 0, urging: 1 }) } })
    .expect(201);
}

// The year's campaign as `actor` reads it.
export async function campaignOf(stack: TestStack, year: number, actor: Actor): Promise<CampaignView> {
  return (
    await stack.http
      .get(`/api/campaigns/summary/${year}`)
      .set(await stack.headers(actor))
      .expect(200)
  ).body as CampaignView;
}
