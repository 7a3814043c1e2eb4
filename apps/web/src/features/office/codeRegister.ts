import type { MatterCodeCheck, MatterCodeTakenDetails } from '@app/contracts';
import type { Dispatch, SetStateAction } from 'react';
import { useCallback, useEffect, useRef, useState } from 'react';

import { ApiError } from '@web/api/client';
import { officeApi } from '@web/api/endpoints';
import { mapLimit } from '@web/shared/map-limit';

// 事项编号 in the console: the office's next free codes prefill the code fields, and a typed code is checked a moment
// after typing stops (GET /api/matters/code-check), so that a taken code shows 已被占用：<title> beside it long before
// the dispatch. The server checks again on dispatch (a code may be taken meanwhile), and its refusal is kept here too.

const CHECK_DELAY_MS = 400;
const MAX_CODE_LENGTH = 32;

export type TakenBy = NonNullable<MatterCodeCheck['takenBy']>;

// The next `count` free codes of this year (null until they are there; none when they cannot be had).
export function useCodeProposals(count: number): string[] | null {
  const [codes, setCodes] = useState<string[] | null>(null);
  useEffect(() => {
    let live = true;
    officeApi.codeProposal(count).then(
      (p) => live && setCodes(p.codes),
      () => live && setCodes([]),
    );
    return () => {
      live = false;
    };
  }, [count]);
  return codes;
}

export interface CodeChecks {
  // The answers so far, by trimmed code.
  checks: ReadonlyMap<string, MatterCodeCheck>;
  // The matters holding the codes known to be taken, by trimmed code.
  taken: ReadonlyMap<string, TakenBy>;
  // Records the server's MATTER_CODE_TAKEN refusal (its details); the batch row it names, counted from 1, if any.
  noteRefusal: (err: unknown) => number | null;
}

// Checks every code of `codes` once typing has stopped; each code is asked about once.
export function useCodeChecks(codes: readonly string[]): CodeChecks {
  const [checks, setChecks] = useState<ReadonlyMap<string, MatterCodeCheck>>(new Map());
  const asked = useRef(new Set<string>());
  const wanted = [...new Set(codes.map((c) => c.trim()).filter((c) => c && c.length <= MAX_CODE_LENGTH))];
  const key = wanted.join('\n');
  useEffect(() => {
    const fresh = key.split('\n').filter((c) => c && !asked.current.has(c));
    if (!fresh.length) {
      return;
    }
    const timer = setTimeout(() => {
      fresh.forEach((c) => asked.current.add(c));
      void mapLimit(fresh, 4, async (code) => {
        try {
          const answer = await officeApi.codeCheck(code);
          setChecks((m) => new Map(m).set(code, answer));
        } catch {
          // Not checked (offline, no permission): the dispatch still checks it.
          asked.current.delete(code);
        }
      });
    }, CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [key]);

  const noteRefusal = useCallback((err: unknown): number | null => {
    if (!(err instanceof ApiError) || err.code !== 'MATTER_CODE_TAKEN') {
      return null;
    }
    const d = (err.details ?? {}) as Partial<MatterCodeTakenDetails>;
    if (typeof d.code === 'string') {
      const code = d.code.trim();
      const takenBy = d.takenBy ?? { matterId: '', title: '' };
      asked.current.add(code);
      setChecks((m) =>
        new Map(m).set(code, { code, available: false, reason: err.message, takenBy, matchesPattern: false }),
      );
    }
    return typeof d.row === 'number' ? d.row : null;
  }, []);

  const taken = new Map<string, TakenBy>();
  for (const [code, c] of checks) {
    if (!c.available && c.takenBy) {
      taken.set(code, c.takenBy);
    }
  }
  return { checks, taken, noteRefusal };
}

// A batch of rows with codes (the meeting's agreed matters): each new row with no code gets the next proposed code no
// other row holds (a row the person emptied stays empty), and every code is checked as typed.
export function useRowCodes<R extends { key: number; code: string }>(
  rows: readonly R[],
  setRows: Dispatch<SetStateAction<R[]>>,
): CodeChecks {
  const proposals = useCodeProposals(100);
  const seen = useRef(new Set<number>());
  useEffect(() => {
    if (!proposals) {
      return;
    }
    const fresh = rows.filter((r) => !seen.current.has(r.key));
    if (!fresh.length) {
      return;
    }
    fresh.forEach((r) => seen.current.add(r.key));
    const used = new Set(rows.map((r) => r.code.trim()));
    const fill = new Map<number, string>();
    for (const r of fresh.filter((x) => !x.code.trim())) {
      const code = proposals.find((p) => !used.has(p));
      if (code) {
        used.add(code);
        fill.set(r.key, code);
      }
    }
    if (fill.size) {
      setRows((rs) => rs.map((r) => (fill.has(r.key) && !r.code.trim() ? { ...r, code: fill.get(r.key)! } : r)));
    }
  }, [rows, proposals, setRows]);
  return useCodeChecks(rows.map((r) => r.code));
}
