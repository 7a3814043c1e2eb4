import { randomUUID } from 'node:crypto';

import { Client, Connection, WithStartWorkflowOperation } from '@temporalio/client';

import { applyUpdate, closeSignal } from '../raw/workflows';
import { RAW_TASK_QUEUE } from './stack';

export const DEMO_PASSWORD = 'Demo-Password-2026';

export interface MatterPolicy {
  ackWorkingDays?: number;
  progressEveryWorkingDays?: number;
  yellowBeforeWorkingDays?: number;
  ladder?: { level: string; afterWorkingDays: number }[];
}

// The project through its HTTP API, as the console calls it: the office dispatches, the lead unit's leader
// acknowledges and reports progress.
export class ProjectClient {
  private readonly tokens = new Map<string, string>();
  private counter = 0;
  private readonly prefix = randomUUID().slice(0, 6);

  constructor(private readonly apiUrl: string) {}

  async login(username: string): Promise<void> {
    const res = await fetch(`${this.apiUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    if (res.status !== 200) {
      throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
    }
    this.tokens.set(username, ((await res.json()) as { accessToken: string }).accessToken);
  }

  private async post(as: string, route: string, body: object, expect: number): Promise<Record<string, unknown>> {
    const res = await fetch(`${this.apiUrl}/api${route}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${this.tokens.get(as)}` },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    if (res.status !== expect) {
      throw new Error(`POST ${route}: ${res.status} ${text.slice(0, 300)}`);
    }
    return JSON.parse(text) as Record<string, unknown>;
  }

  async dispatch(policy?: MatterPolicy): Promise<string> {
    const n = ++this.counter;
    const body = {
      code: `BENCH-${this.prefix}-${n}`,
      title: `基准测试事项 ${n}`,
      description: '性能基准',
      leadUnitCode: 'justice',
      dueDate: '2027-06-30',
      ...(policy ? { policy } : {}),
    };
    const matter = await this.post('demo.director', '/matters', body, 201);
    return matter.id as string;
  }

  async acknowledge(id: string): Promise<void> {
    await this.post('demo.justice.leader', `/matters/${id}/acknowledge`, {}, 200);
  }

  async progress(id: string): Promise<void> {
    await this.post('demo.justice.leader', `/matters/${id}/progress`, { text: '已制定方案', percent: 50 }, 200);
  }

  async get(path: string, as = 'demo.director'): Promise<unknown> {
    const res = await fetch(`${this.apiUrl}/api${path}`, {
      headers: { Authorization: `Bearer ${this.tokens.get(as)}` },
    });
    if (res.status !== 200) {
      throw new Error(`GET ${path}: ${res.status}`);
    }
    return res.json();
  }
}

// The raw baseline through the Temporal client: dispatch is update-with-start, every command one Update.
export class RawClient {
  private client!: Client;
  private connection!: Connection;
  private counter = 0;
  private readonly prefix = randomUUID().slice(0, 6);

  async connect(address: string): Promise<void> {
    this.connection = await Connection.connect({ address });
    this.client = new Client({ connection: this.connection });
  }

  async dispatch(): Promise<string> {
    const workflowId = `raw-${this.prefix}-${++this.counter}`;
    await this.client.workflow.executeUpdateWithStart(applyUpdate, {
      args: ['dispatch'],
      startWorkflowOperation: new WithStartWorkflowOperation('rawMatter', {
        workflowId,
        taskQueue: RAW_TASK_QUEUE,
        workflowIdConflictPolicy: 'USE_EXISTING',
      }),
    });
    return workflowId;
  }

  async command(workflowId: string, kind: string): Promise<void> {
    await this.client.workflow.getHandle(workflowId).executeUpdate(applyUpdate, { args: [kind] });
  }

  async startTimer(dueMs: number): Promise<string> {
    const workflowId = `raw-timer-${this.prefix}-${++this.counter}`;
    await this.client.workflow.start('rawTimer', { workflowId, taskQueue: RAW_TASK_QUEUE, args: [dueMs] });
    return workflowId;
  }

  async close(workflowIds: string[]): Promise<void> {
    for (const id of workflowIds) {
      await this.client.workflow.getHandle(id).signal(closeSignal);
    }
  }

  async end(): Promise<void> {
    await this.connection?.close();
  }
}
