import { randomUUID } from 'node:crypto';

import type { NewMatter } from '@app/contracts';

// Builder for matter creation bodies: `aMatter().lead('justice').co('finance').due('2026-12-31').build()`.
export class MatterBodyBuilder {
  private body: NewMatter & Required<Pick<NewMatter, 'priority'>> = {
    code: `T-${randomUUID().slice(0, 12)}`,
    title: '开展知识产权宣传周活动',
    description: '在全区开展知识产权宣传周系列活动，形成活动总结。',
    leadUnitCode: 'market-regulation',
    coUnitCodes: [],
    dueDate: '2026-12-31',
    priority: 'normal',
  };

  code(code: string): this {
    this.body.code = code;
    return this;
  }
  title(title: string): this {
    this.body.title = title;
    return this;
  }
  lead(unitCode: string): this {
    this.body.leadUnitCode = unitCode;
    return this;
  }
  co(...unitCodes: string[]): this {
    this.body.coUnitCodes = unitCodes;
    return this;
  }
  due(date: string): this {
    this.body.dueDate = date;
    return this;
  }
  meeting(id: string): this {
    this.body.meetingId = id;
    return this;
  }
  build(): typeof this.body {
    return { ...this.body, coUnitCodes: [...this.body.coUnitCodes] };
  }
}

export const aMatter = (): MatterBodyBuilder => new MatterBodyBuilder();
