import { randomUUID } from 'node:crypto';

import { NotificationOutboxEntity, NotificationRepository } from '@app/database';
import { OUTBOUND_CHANNEL, SmtpChannel } from '@app/notifications';
import { aMatter, eventually, leader, MatterApi, office, TestStack } from '@app/testing';
import { Test } from '@nestjs/testing';

import { MatterWorkerService } from '../../apps/worker/src/temporal/matter-worker.service';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { productApps } from '../support/product-apps';
import { SlowSmtpServer } from '../support/slow-smtp';

// Each message takes this long at the mail server; a command that waited for it would take at least as long.
const MAIL_DELAY_MS = 6_000;

// E-mail leaves through the outbox: the activity writes the inbox row and queues the message; the worker's
// sweeper sends it later. A mail server that takes seconds per message does not slow the command behind it.
describe('outbound e-mail off the command path', () => {
  let stack: TestStack;
  let smtp: SlowSmtpServer;
  let worker: { stop: () => Promise<void> } | undefined;

  beforeAll(async () => {
    smtp = new SlowSmtpServer(MAIL_DELAY_MS);
    const port = await smtp.listen();
    stack = await TestStack.start(productApps);
    // This file's worker speaks real SMTP (SmtpChannel) to the slow local receiver.
    await stack.stopWorker();
    const moduleRef = await Test.createTestingModule({ imports: [WorkerModule] })
      .overrideProvider(OUTBOUND_CHANNEL)
      .useValue(new SmtpChannel(`smtp://127.0.0.1:${port}`, 'noreply@wuhua-jc.local'))
      .compile();
    moduleRef.useLogger(['error']);
    const ctx = await moduleRef.init();
    const service = ctx.get(MatterWorkerService);
    const w = await service.create();
    const done = service.run();
    worker = {
      stop: async () => {
        w.shutdown();
        await done;
        await ctx.close();
      },
    };
  });
  afterAll(async () => {
    await worker?.stop();
    await stack?.stop();
    await smtp?.close();
  });

  it('answers dispatch and instruction at command speed while the mail server takes seconds per message', async () => {
    const tag = randomUUID().slice(0, 6);
    // A lead unit's liaison officer who wants every notice by e-mail at once.
    const liaison = await stack.ensureUser(`outbox.${tag}`, ['unit_liaison'], 'justice');
    const address = `outbox.${tag}@wuhua.gov.cn`;
    await stack.api.get(NotificationRepository).savePreferences(liaison.id, { dailyDigest: false, email: address });
    const api = new MatterApi(stack);
    const mine = () => smtp.received.filter((m) => m.to.includes(address));

    let t0 = Date.now();
    const matter = await api.dispatch(aMatter().lead('justice').build(), office());
    const dispatchMs = Date.now() - t0;
    t0 = Date.now();
    await api.ok(matter.id, 'instructions', leader(), { text: `批示 ${tag}` });
    const instructMs = Date.now() - t0;

    // Both notices are queued for this person by the time the commands answer, none is delivered yet.
    const queued = await stack.dataSource
      .getRepository(NotificationOutboxEntity)
      .createQueryBuilder('o')
      .where('o.address = :address', { address })
      .getMany();
    expect(queued.map((q) => q.subject).sort()).toEqual(
      [expect.stringContaining('【交办】'), expect.stringContaining('批示')].sort(),
    );
    expect({ dispatchFaster: dispatchMs < MAIL_DELAY_MS, instructFaster: instructMs < MAIL_DELAY_MS }).toEqual({
      dispatchFaster: true,
      instructFaster: true,
    });

    // The sweeper delivers both through the slow server, and marks the inbox rows sent.
    const delivered = await eventually(
      () => Promise.resolve(mine()),
      (mails) => mails.length >= 2,
      60_000,
    );
    expect(delivered.map((m) => m.from)).toEqual(['noreply@wuhua-jc.local', 'noreply@wuhua-jc.local']);
    const sent = await eventually(
      () =>
        stack.dataSource.query<{ sent_at: unknown }[]>(
          'SELECT sent_at FROM notifications WHERE user_id = ? AND matter_id = ?',
          [liaison.id, matter.id],
        ),
      (rows) => rows.length === 2 && rows.every((r) => r.sent_at),
    );
    expect(sent).toHaveLength(2);
  }, 120_000);
});
