import type { TimeProfile } from '@app/calendar';
import { dateOfInstant } from '@app/calendar';
import { envOf } from '@app/config';
import type {
  MatterCodeCheck,
  MatterCodePatternView,
  MatterCodeProposal,
  MatterCodeTakenDetails,
} from '@app/contracts';
import { ErrorCode } from '@app/contracts';
import type { MatterCodeHolder } from '@app/database';
import { AuditRepository, MatterCodeRepository, timeProfileFromEnv } from '@app/database';
import type { MatterCodePattern } from '@app/domain';
import {
  checkCodePattern,
  codePatternOf,
  DEFAULT_MATTER_CODE_PATTERN,
  formatMatterCode,
  likeOfYear,
  MATTER_CODE_CHARS,
  MATTER_CODE_MAX_LENGTH,
  nextMatterCodeNumber,
  parseMatterCode,
} from '@app/domain';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

import type { RequestUser } from '../auth/request-user';
import { ApiException } from '../common/api.exception';
import type { PutMatterCodePatternDto } from './dto/matter-codes.dto';

// A reservation whose matter is not written yet: its dispatch is under way.
const IN_FLIGHT_TITLE = '（正在交办的事项）';
// Candidates tried past the next number when some are held in another spelling the database takes as the same code.
const SPARE_CANDIDATES = 20;

// Codes compare as the database's collation compares them: without case, full-width as half-width.
const fold = (code: string): string => code.normalize('NFKC').toLowerCase();

// 事项编号: the office's pattern (audited), the next free codes of a year, and a typed code's check. The create paths
// (MattersService) ask here who holds a code they could not reserve, to name it in their refusal.
@Injectable()
export class MatterCodesService {
  private readonly profile: TimeProfile;

  constructor(
    private readonly codes: MatterCodeRepository,
    private readonly audit: AuditRepository,
    config: ConfigService,
  ) {
    this.profile = timeProfileFromEnv(envOf(config));
  }

  async pattern(): Promise<MatterCodePatternView> {
    const row = await this.codes.findPattern();
    const pattern = row?.pattern ?? DEFAULT_MATTER_CODE_PATTERN;
    return {
      pattern,
      example: formatMatterCode(codePatternOf(pattern), this.thisYear(), 1),
      isDefault: row === null,
      setBy: row?.setBy ?? null,
      setAt: row?.setAt.toISOString() ?? null,
      reason: row?.reason ?? null,
    };
  }

  // The office sets the pattern with a reason; the audit log keeps who, in which capacity, when, old, new, why.
  async setPattern(dto: PutMatterCodePatternDto, by: RequestUser): Promise<MatterCodePatternView> {
    const checked = checkCodePattern(dto.pattern);
    if (!checked.ok) {
      throw new ApiException(ErrorCode.ValidationFailed, `pattern（编号格式）：${checked.problems.join(' ')}`, {
        problems: checked.problems,
      });
    }
    const reason = dto.reason.trim();
    if (reason.length < 2) {
      throw new ApiException(ErrorCode.ValidationFailed, 'reason（原因）：请写明修改编号格式的原因（至少 2 个字）。');
    }
    const old = await this.pattern();
    const setAt = new Date();
    await this.codes.savePattern({ pattern: checked.pattern.text, setBy: by.username, setAt, reason });
    await this.audit.record({
      action: 'matters.code_pattern_set',
      outcome: 'success',
      actorUserId: by.username,
      target: 'matter-code-pattern',
      detail: {
        capacity: by.actor.role,
        old: old.pattern,
        oldWasDefault: old.isDefault,
        new: checked.pattern.text,
        reason,
        at: setAt.toISOString(),
      },
    });
    return this.pattern();
  }

  // The next `count` free codes of the year (this year by default): from the largest number used plus one, skipping
  // any the database already holds under another spelling, so that no proposal is a taken code.
  async propose(year: number | undefined, count = 1): Promise<MatterCodeProposal> {
    const y = year ?? this.thisYear();
    const { text, pattern } = await this.current();
    const first = nextMatterCodeNumber(pattern, y, await this.codes.codesLike(likeOfYear(pattern, y)));
    const candidates = Array.from({ length: count + SPARE_CANDIDATES }, (_, i) =>
      formatMatterCode(pattern, y, first + i),
    );
    const held = new Set((await this.codes.holdersOf(candidates)).map((h) => fold(h.code)));
    const codes = candidates.filter((c) => !held.has(fold(c))).slice(0, count);
    const code = codes[0] ?? formatMatterCode(pattern, y, first + candidates.length);
    return { year: y, pattern: text, number: parseMatterCode(pattern, code)?.n ?? first, code, codes };
  }

  async check(input: string): Promise<MatterCodeCheck> {
    const code = input.trim();
    const { pattern } = await this.current();
    const matchesPattern = parseMatterCode(pattern, code) !== null;
    if (!code || code.length > MATTER_CODE_MAX_LENGTH || !MATTER_CODE_CHARS.test(code)) {
      return {
        code,
        available: false,
        reason: `编号为 1–${MATTER_CODE_MAX_LENGTH} 位字母、数字、横线、点、括号或汉字，不能有空格。`,
        takenBy: null,
        matchesPattern,
      };
    }
    const holder = await this.holderOf(code);
    return holder
      ? { code, available: false, reason: `已被占用：${holder.title}`, takenBy: holder, matchesPattern }
      : { code, available: true, reason: null, takenBy: null, matchesPattern };
  }

  async holderOf(code: string): Promise<{ matterId: string; title: string } | null> {
    const [holder] = await this.codes.holdersOf([code]);
    return holder ? titled(holder) : null;
  }

  // The refusal of a code a matter holds: MATTER_CODE_TAKEN, in Chinese, naming the matter (and the batch row).
  async takenError(code: string, row?: number): Promise<ApiException> {
    const takenBy = await this.holderOf(code);
    const where = row === undefined ? '' : `第 ${row} 行：`;
    const by = takenBy ? `已被事项「${takenBy.title}」占用` : '已被占用';
    const details: MatterCodeTakenDetails = { code, ...(row === undefined ? {} : { row }), takenBy };
    return new ApiException(ErrorCode.MatterCodeTaken, `${where}编号「${code}」${by}，请改用其他编号。`, details);
  }

  private async current(): Promise<{ text: string; pattern: MatterCodePattern }> {
    const text = (await this.codes.findPattern())?.pattern ?? DEFAULT_MATTER_CODE_PATTERN;
    return { text, pattern: codePatternOf(text) };
  }

  private thisYear(): number {
    return Number(dateOfInstant(this.profile, Date.now()).slice(0, 4));
  }
}

function titled(h: MatterCodeHolder): { matterId: string; title: string } {
  return { matterId: h.matterId, title: h.title ?? IN_FLIGHT_TITLE };
}
