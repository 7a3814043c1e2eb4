import type { DataSource } from 'typeorm';

import { MatterCodeEntity, MatterCodePatternEntity, MatterEntity } from '../entities';

const PATTERN_ID = 'office';

export interface MatterCodePatternRow {
  pattern: string;
  setBy: string;
  setAt: Date;
  reason: string;
}

// Who holds a code: the matter reserved under it (title null while its dispatch is still under way).
export interface MatterCodeHolder {
  code: string;
  matterId: string;
  title: string | null;
}

// 事项编号: the office's pattern and the codes in use (reserved in matter_codes, or on a matter).
export class MatterCodeRepository {
  constructor(private readonly ds: DataSource) {}

  async findPattern(): Promise<MatterCodePatternRow | null> {
    const row = await this.ds.getRepository(MatterCodePatternEntity).findOneBy({ id: PATTERN_ID });
    return row ? { pattern: row.pattern, setBy: row.setBy, setAt: row.setAt, reason: row.reason } : null;
  }

  async savePattern(row: MatterCodePatternRow): Promise<void> {
    await this.ds.getRepository(MatterCodePatternEntity).save({ id: PATTERN_ID, ...row });
  }

  // The codes in use that match a LIKE pattern (escape character !, as likeOfYear writes it), reserved or on a matter.
  async codesLike(like: string): Promise<string[]> {
    const [reserved, matters] = await Promise.all([
      this.ds
        .getRepository(MatterCodeEntity)
        .createQueryBuilder('c')
        .select('c.code', 'code')
        .where("c.code LIKE :like ESCAPE '!'", { like })
        .getRawMany<{ code: string }>(),
      this.ds
        .getRepository(MatterEntity)
        .createQueryBuilder('m')
        .select('m.code', 'code')
        .where("m.code LIKE :like ESCAPE '!'", { like })
        .getRawMany<{ code: string }>(),
    ]);
    return [...new Set([...reserved, ...matters].map((r) => r.code))];
  }

  // The holders of any of the codes (compared as the database compares them).
  async holdersOf(codes: readonly string[]): Promise<MatterCodeHolder[]> {
    if (codes.length === 0) {
      return [];
    }
    const rows = await this.ds
      .getRepository(MatterCodeEntity)
      .createQueryBuilder('c')
      .leftJoin(MatterEntity, 'm', 'm.id = c.matterId')
      .select('c.code', 'code')
      .addSelect('c.matterId', 'matterId')
      .addSelect('m.title', 'title')
      .where('c.code IN (:...codes)', { codes })
      .getRawMany<MatterCodeHolder>();
    const held = new Set(rows.map((r) => r.code));
    // Matters written without a reservation (imported, seeded) hold their codes too.
    const direct = await this.ds
      .getRepository(MatterEntity)
      .createQueryBuilder('m')
      .select('m.code', 'code')
      .addSelect('m.id', 'matterId')
      .addSelect('m.title', 'title')
      .where('m.code IN (:...codes)', { codes })
      .getRawMany<MatterCodeHolder>();
    return [...rows, ...direct.filter((r) => !held.has(r.code))];
  }
}
