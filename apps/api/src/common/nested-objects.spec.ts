import * as fs from 'node:fs';
import * as path from 'node:path';

import { getMetadataStorage } from 'class-validator';

import { StartSummaryCampaignDto } from '../campaigns/dto/campaign.dto';
import { CreateMatterDto } from '../matters/dto/create-matter.dto';
import { createValidationPipe } from './validation';

type DtoClass = abstract new (...args: never[]) => object;

// Every class of every DTO file of the API (apps/api/src/**/dto/*.ts).
function dtoClasses(): DtoClass[] {
  const root = path.resolve(__dirname, '..');
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
      } else if (path.basename(dir) === 'dto' && entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) {
        files.push(full);
      }
    }
  };
  walk(root);
  return files.flatMap((f) =>
    Object.values(jest.requireActual<Record<string, unknown>>(f)).filter((v): v is DtoClass => typeof v === 'function'),
  );
}

describe('nested objects in request bodies', () => {
  it('every field validated as one nested object is also checked to be an object (an array is not one)', () => {
    const storage = getMetadataStorage();
    const classes = dtoClasses();
    const nested = classes.flatMap((cls) => {
      const rules = storage.getTargetValidationMetadatas(cls, '', true, false);
      return rules
        .filter((r) => r.type === 'nestedValidation' && !r.each)
        .map((r) => ({
          field: `${cls.name}.${r.propertyName}`,
          checked: rules.some((o) => o.propertyName === r.propertyName && o.name === 'isObject'),
        }));
    });
    expect(classes.length).toBeGreaterThan(20);
    expect(nested.length).toBeGreaterThan(3);
    expect(nested.filter((n) => !n.checked).map((n) => n.field)).toEqual([]);
  });

  it.each([
    ['a summary campaign', StartSummaryCampaignDto, { year: 2026, dueDate: '2027-01-15', unitCodes: ['justice'] }],
    [
      'a matter',
      CreateMatterDto,
      {
        code: 'X-1',
        title: '标题',
        description: '说明',
        leadUnitCode: 'justice',
        coUnitCodes: [],
        dueDate: '2027-01-15',
      },
    ],
  ])('refuses %s whose policy is an array, as VALIDATION_FAILED naming the field', async (_what, metatype, body) => {
    const refused = createValidationPipe().transform({ ...body, policy: [] }, { type: 'body', metatype });
    await expect(refused).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('policy'),
    });
  });
});
