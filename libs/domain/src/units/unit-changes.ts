import { ErrorCode } from '@app/contracts';

import { isCalendarDate } from '../matters/matter-state-machine';
import { reject } from '../matters/matter-rejection';
import type { DirectoryUnit, FormerUnitName, UnitDirectory } from './unit-directory';
import { isUnitCodeForm, UNIT_CODE_MAX } from './unit-directory';

// The office's changes to the member units after a reorganisation (机构改革), checked against the directory as it
// stands. Pure: each returns what to store or throws a MatterRejection with a stable code; the API stores it in one
// transaction and audits it.

export interface RenameUnit {
  nameZh: string;
  nameEn: string;
  // The day the new name is in use from (YYYY-MM-DD), not after today.
  effectiveFrom: string;
  reason: string;
}

export interface MergeUnit {
  intoCode: string;
  effectiveFrom: string;
  reason: string;
}

// 撤销: the unit is abolished from a day; its work went elsewhere before (the API refuses while it has any).
export interface DissolveUnit {
  effectiveFrom: string;
  reason: string;
}

export interface NewUnit {
  code: string;
  nameZh: string;
  nameEn: string;
  dutyZh: string;
  dutyKeywords: string[];
  // Where it sits in lists; the next after the last by default.
  ordinal?: number;
  effectiveFrom: string;
  reason: string;
}

function requireDay(value: string, field: string, today: string): void {
  if (!isCalendarDate(value)) {
    reject(ErrorCode.ValidationFailed, `${field}: "${value}" is not a calendar date (YYYY-MM-DD).`);
  }
  if (value > today) {
    reject(
      ErrorCode.ValidationFailed,
      `${field}: ${value} is after today (${today}); record the change once it applies.`,
    );
  }
}

function requireReason(reason: string): void {
  if (reason.trim().length < 2) {
    reject(ErrorCode.ValidationFailed, 'reason: say why (the 机构改革 document, at least 2 characters).');
  }
}

function requireUnit(dir: UnitDirectory, code: string): DirectoryUnit {
  const unit = dir.find(code);
  if (!unit) {
    reject(ErrorCode.UnitNotFound, `No member unit has the code "${code}".`);
  }
  return unit;
}

function requireActive(dir: UnitDirectory, code: string): DirectoryUnit {
  const unit = requireUnit(dir, code);
  const refusal = dir.refusalFor(code);
  if (refusal) {
    reject(refusal.code, refusal.message);
  }
  return unit;
}

// No two units share a Chinese or an English name (the pickers and the minutes parser match names).
function requireFreeNames(dir: UnitDirectory, nameZh: string, nameEn: string, except?: string): void {
  for (const other of dir.all()) {
    if (other.code !== except && (other.nameZh === nameZh || other.nameEn === nameEn)) {
      reject(
        ErrorCode.UnitNameTaken,
        `${other.nameZh === nameZh ? nameZh : nameEn} is the name of ${other.nameZh} (${other.code}); choose another.`,
      );
    }
  }
}

// A merge or dissolution applies from the day the unit joined or took its present name, or later: the directory's
// dates must not contradict each other.
function requireAfterLastChange(unit: DirectoryUnit, effectiveFrom: string): void {
  if (unit.effectiveFrom !== null && effectiveFrom < unit.effectiveFrom) {
    reject(ErrorCode.ValidationFailed, `effectiveFrom: ${unit.nameZh} joined on ${unit.effectiveFrom}.`);
  }
  if (unit.nameSince !== null && effectiveFrom < unit.nameSince) {
    reject(ErrorCode.ValidationFailed, `effectiveFrom: ${unit.nameZh} has been so called since ${unit.nameSince}.`);
  }
}

// The name the unit stops using, as a former name, [since, effectiveFrom).
export function checkRename(dir: UnitDirectory, code: string, r: RenameUnit, today: string): FormerUnitName {
  requireDay(r.effectiveFrom, 'effectiveFrom', today);
  requireReason(r.reason);
  const unit = requireActive(dir, code);
  const since = unit.nameSince ?? unit.effectiveFrom;
  if (since !== null && r.effectiveFrom <= since) {
    reject(
      ErrorCode.ValidationFailed,
      `effectiveFrom: ${unit.nameZh} has been so called since ${since}; a new name applies from a later day.`,
    );
  }
  if (r.nameZh === unit.nameZh && r.nameEn === unit.nameEn) {
    reject(ErrorCode.ValidationFailed, `${unit.nameZh} already has these names.`);
  }
  requireFreeNames(dir, r.nameZh, r.nameEn, code);
  return { nameZh: unit.nameZh, nameEn: unit.nameEn, validFrom: since, validTo: r.effectiveFrom, reason: r.reason };
}

// A merge of one active unit into another. The lead unit hosts the office and is not merged away.
export function checkMerge(dir: UnitDirectory, code: string, m: MergeUnit, today: string): void {
  requireDay(m.effectiveFrom, 'effectiveFrom', today);
  requireReason(m.reason);
  const unit = requireActive(dir, code);
  if (m.intoCode === code) {
    reject(ErrorCode.ValidationFailed, 'intoCode: a unit is merged into another unit, not into itself.');
  }
  requireActive(dir, m.intoCode);
  if (unit.isLeadUnit) {
    reject(
      ErrorCode.ValidationFailed,
      `${unit.nameZh} is the conference's lead unit and hosts the office; it cannot be merged away.`,
    );
  }
  requireAfterLastChange(unit, m.effectiveFrom);
}

// Whether the unit may be dissolved (撤销) from the day: the same rules as a merge, without a unit to go into.
export function checkDissolve(dir: UnitDirectory, code: string, d: DissolveUnit, today: string): void {
  requireDay(d.effectiveFrom, 'effectiveFrom', today);
  requireReason(d.reason);
  const unit = requireActive(dir, code);
  if (unit.isLeadUnit) {
    reject(
      ErrorCode.ValidationFailed,
      `${unit.nameZh} is the conference's lead unit and hosts the office; it cannot be dissolved.`,
    );
  }
  requireAfterLastChange(unit, d.effectiveFrom);
}

// A unit joining the conference: its row as the directory will hold it.
export function checkNewUnit(dir: UnitDirectory, n: NewUnit, today: string): DirectoryUnit {
  if (!isUnitCodeForm(n.code)) {
    reject(
      ErrorCode.ValidationFailed,
      `code: "${n.code}" is not a unit code: lower-case letters and digits in words joined by "-", starting with a ` +
        `letter, at most ${UNIT_CODE_MAX} characters (e.g. "data-bureau").`,
    );
  }
  // What is wrong with the request itself first (400), then what conflicts with the directory (409).
  requireDay(n.effectiveFrom, 'effectiveFrom', today);
  requireReason(n.reason);
  const taken = dir.find(n.code);
  if (taken) {
    reject(ErrorCode.UnitCodeTaken, `The code "${n.code}" is ${taken.nameZh}'s; choose another.`);
  }
  requireFreeNames(dir, n.nameZh, n.nameEn);
  const last = Math.max(0, ...dir.all().map((u) => u.ordinal));
  if (n.ordinal !== undefined && dir.all().some((u) => u.ordinal === n.ordinal)) {
    reject(
      ErrorCode.ValidationFailed,
      `ordinal: ${n.ordinal} is taken; leave it out to list the unit last (${last + 1}).`,
    );
  }
  return {
    code: n.code,
    ordinal: n.ordinal ?? last + 1,
    nameZh: n.nameZh,
    nameEn: n.nameEn,
    isLeadUnit: false,
    dutyZh: n.dutyZh,
    dutyKeywords: [...new Set(n.dutyKeywords.map((k) => k.trim()).filter((k) => k.length > 0))],
    status: 'active',
    mergedInto: null,
    effectiveFrom: n.effectiveFrom,
    effectiveTo: null,
    nameSince: null,
    formerNames: [],
  };
}
