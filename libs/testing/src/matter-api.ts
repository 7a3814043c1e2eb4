import type { Actor, MatterDetail, MatterEvent, MatterState } from '@app/contracts';
import type { Response } from 'supertest';

import type { TestStack } from './test-stack';

// Thin HTTP helpers over the matters API, so tests read as the lifecycle they walk.
export class MatterApi {
  constructor(private readonly stack: TestStack) {}

  async create(body: object, actor: Actor, key?: string): Promise<Response> {
    const req = this.stack.http.post('/api/matters').set(await this.stack.headers(actor));
    return (key ? req.set('Idempotency-Key', key) : req).send(body);
  }

  async dispatch(body: object, actor: Actor): Promise<MatterDetail> {
    const res = await this.create(body, actor);
    if (res.status !== 201) {
      throw new Error(`dispatch failed: ${res.status} ${JSON.stringify(res.body)}`);
    }
    return res.body as MatterDetail;
  }

  async command(id: string, action: string, actor: Actor, body: object = {}, key?: string): Promise<Response> {
    const req = this.stack.http.post(`/api/matters/${id}/${action}`).set(await this.stack.headers(actor));
    return (key ? req.set('Idempotency-Key', key) : req).send(body);
  }

  // Sends a command that must succeed and returns the matter after it.
  async ok(id: string, action: string, actor: Actor, body: object = {}): Promise<MatterDetail> {
    const res = await this.command(id, action, actor, body);
    if (res.status !== 200) {
      throw new Error(`${action} failed: ${res.status} ${JSON.stringify(res.body)}`);
    }
    return (res.body as { matter: MatterDetail }).matter;
  }

  async get(id: string, actor: Actor): Promise<MatterDetail> {
    const res = await this.stack.http.get(`/api/matters/${id}`).set(await this.stack.headers(actor));
    if (res.status !== 200) {
      throw new Error(`get failed: ${res.status} ${JSON.stringify(res.body)}`);
    }
    return res.body as MatterDetail;
  }

  // The workflow's own state and events (office only): what it has recorded, including the plan it sleeps on.
  async live(id: string, actor: Actor): Promise<{ state: MatterState | null; events: MatterEvent[] }> {
    const res = await this.stack.http.get(`/api/matters/${id}/live`).set(await this.stack.headers(actor));
    if (res.status !== 200) {
      throw new Error(`live failed: ${res.status} ${JSON.stringify(res.body)}`);
    }
    return res.body as { state: MatterState | null; events: MatterEvent[] };
  }
}
