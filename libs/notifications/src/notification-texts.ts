import type {
  AssignmentHandler,
  BreachReason,
  EscalationLevel,
  EscalationNotice,
  MatterEvent,
  MatterEventType,
  MatterState,
  NotificationKind,
} from '@app/contracts';
import type { UnitNames } from '@app/domain';
import { activeAssignment } from '@app/domain';
import type { CampaignNotice } from '@app/workflow-api';

// What users read: Simplified Chinese, as in the district's own notices.
export interface NoticeText {
  kind: NotificationKind;
  title: string;
  body: string;
}

const TITLE_MAX = 200;
const SHANGHAI_TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

const WEEKDAY_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const;

// A due date (YYYY-MM-DD, due at the end of that day) as the last day that may be used: 2026年12月4日（周五）.
// Notices keep the year: they are read long after they were written, and in e-mail.
export function lastDayZh(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) {
    return date;
  }
  const weekday = WEEKDAY_ZH[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? '';
  return `${y}年${m}月${d}日（${weekday}）`;
}

export const clipTitle = (title: string): string =>
  title.length <= TITLE_MAX ? title : `${title.slice(0, TITLE_MAX - 1)}…`;

const subject = (code: string, title: string): string => `议定事项 ${code}「${title}」`;

// 承办人：王敏（电话 0871-63112233）: the phone only where the reader may see it (the office, the unit itself).
const handlerText = (h: Pick<AssignmentHandler, 'name' | 'phone'>): string =>
  `承办人：${h.name}${h.phone ? `（电话 ${h.phone}）` : ''}`;

const LEVEL_ZH: Record<EscalationLevel, string> = {
  reminder: '提醒',
  urging: '催办',
  supervision: '督办',
  report: '通报',
};

const LEVEL_ACTION: Record<EscalationLevel, string> = {
  reminder: '请及时办理',
  urging: '请抓紧办理',
  supervision: '请限期办理并报告办理情况',
  report: '现予通报',
};

const REASON_ZH: Record<BreachReason, string> = {
  ack_missed: '逾期未签收',
  progress_missed: '逾期未报送办理进展',
  overdue: '已超过办结时限尚未办结',
  office_turnaround: '待联席会议办公室处理的事项（核验、退回申请或延期申请）已超过办理时限',
  // Urged by hand by the office.
  manual: '办理进度需加快',
};

// 督〔2026〕7号
export const formatNoticeNo = (year: number, number: number): string => `督〔${year}〕${number}号`;

function addressee(n: EscalationNotice, unit: string): string {
  if (n.office) {
    return n.level === 'report' ? '召集人、联席会议办公室' : '联席会议办公室';
  }
  switch (n.level) {
    case 'reminder':
      return `${unit}联络员`;
    case 'urging':
      return `${unit}负责同志`;
    case 'supervision':
      return unit;
    case 'report':
      return '召集人、联席会议办公室';
  }
}

// `byName`: the display name of the office user who asked for a manual urge (their login name when unknown).
// `handler`: the unit's handler (承办人) of its part, named on a notice to the unit; a 通报 goes to the convener too,
// and so names the handler without the phone (the phone is the office's and the unit's only).
export function escalationText(
  n: EscalationNotice,
  noticeNo: string | null,
  byName: string | null,
  handler: AssignmentHandler | null,
  names: UnitNames,
): NoticeText {
  const unit = n.unitCode ? names.nameZh(n.unitCode) : '';
  const what = subject(n.matterCode, n.title);
  const who = n.office ? '联席会议办公室' : unit;
  const title = n.office
    ? `【${LEVEL_ZH[n.level]}】${what}办公室待处理事项已超时`
    : `【${LEVEL_ZH[n.level]}】${noticeNo ? `${noticeNo} ` : ''}${what}${LEVEL_ACTION[n.level]}`;
  const lines = [
    `${addressee(n, unit)}：`,
    `${what}${who ? `，${who}` : ''}${REASON_ZH[n.reason]}。${LEVEL_ACTION[n.level]}。`,
  ];
  if (noticeNo) {
    lines.push(`督办通知编号：${noticeNo}`);
  }
  if (n.note) {
    lines.push(`说明：${n.note}`);
  }
  if (handler && !n.office) {
    lines.push(handlerText(n.level === 'report' ? { ...handler, phone: null } : handler));
  }
  lines.push(
    n.byUserId === 'system' ? '（按督查督办规则自动发出）' : `（联席会议办公室 ${byName ?? n.byUserId} 发出）`,
  );
  return { kind: 'escalation', title: clipTitle(title), body: lines.join('\n') };
}

const actorName = (e: MatterEvent): string => e.actor.displayName ?? e.actor.userId;
const withReason = (text: string, reason: string | undefined, label = '理由'): string =>
  reason ? `${text}\n${label}：${reason}` : text;

export function dispatchedText(
  m: MatterState,
  unitCode: string,
  isLead: boolean,
  dueDate: string,
  names: UnitNames,
): NoticeText {
  const what = subject(m.code, m.title);
  return {
    kind: 'assignment',
    title: clipTitle(`【交办】${what}`),
    body:
      `${names.nameZh(unitCode)}：联席会议办公室交办${what}，` +
      `你单位为${isLead ? '牵头单位' : '配合单位'}，请于${lastDayZh(dueDate)}前办结。请及时签收并抓紧办理。`,
  };
}

export function reroutedText(m: MatterState, e: MatterEvent, names: UnitNames): NoticeText {
  const what = subject(m.code, m.title);
  const from = typeof e.data.fromUnitCode === 'string' ? names.nameZh(e.data.fromUnitCode) : '原承办单位';
  return {
    kind: 'rerouted',
    title: clipTitle(`【改派】${what}改由你单位办理`),
    body: withReason(`联席会议办公室将${what}由${from}改派你单位办理，请及时签收。`, e.reason),
  };
}

// The unit's handler (承办人) of its part, as a closing line: who the office calls, and who the unit's own people
// know is on it. These notices go to the office or to the unit itself, the only readers who may see the phone.
export function handlerLine(m: MatterState, unitCode: string): string | null {
  const h = activeAssignment(m, unitCode)?.handler;
  return h ? handlerText(h) : null;
}

// The unit an event is about: the one it names, else the lead.
const answeringUnit = (m: MatterState, e: MatterEvent, names: UnitNames): string =>
  names.nameZh(e.unitCode ?? m.leadUnitCode);

// The event's unit (the lead's when the event names none) closes the text with its handler.
const withHandler = (text: string, m: MatterState, e: MatterEvent): string => {
  const line = handlerLine(m, e.unitCode ?? m.leadUnitCode);
  return line ? `${text}\n${line}` : text;
};

export function submittedText(m: MatterState, e: MatterEvent, names: UnitNames): NoticeText {
  const what = subject(m.code, m.title);
  return {
    kind: 'submitted',
    title: clipTitle(`【待核验】${what}已报办结`),
    body: withHandler(`${answeringUnit(m, e, names)}已报送${what}的办结报告，请核验。`, m, e),
  };
}

export function returnedText(m: MatterState, e: MatterEvent): NoticeText {
  const what = subject(m.code, m.title);
  return {
    kind: 'returned',
    title: clipTitle(`【退回整改】${what}`),
    body: withHandler(
      withReason(`联席会议办公室退回了${what}的办结报告，请整改后重新报送。`, e.reason, '退回理由'),
      m,
      e,
    ),
  };
}

// Inside a unit: the liaison's draft waits for the leader; the leader returned it to the liaison.
const DRAFT_WORDS: Record<string, string> = { completion: '办结报告', extension: '延期申请', progress: '进展报告' };
const draftWord = (e: MatterEvent): string => DRAFT_WORDS[String(e.data.kind)] ?? '报送材料';

export function draftPreparedText(m: MatterState, e: MatterEvent): NoticeText {
  const what = subject(m.code, m.title);
  const by = typeof e.actor.displayName === 'string' ? e.actor.displayName : e.actor.userId;
  return {
    kind: 'draft',
    title: clipTitle(`【待审核】${what}的${draftWord(e)}`),
    body: `${by}起草了${what}的${draftWord(e)}，请本单位负责同志审核：同意后报送联席会议办公室，或退回修改。`,
  };
}

export function draftReturnedText(m: MatterState, e: MatterEvent): NoticeText {
  const what = subject(m.code, m.title);
  return {
    kind: 'draft',
    title: clipTitle(`【退回修改】${what}的${draftWord(e)}草稿`),
    body: withReason(`本单位负责同志退回了${what}的${draftWord(e)}草稿，请修改后重新提交审核。`, e.reason, '修改意见'),
  };
}

export function instructionText(m: MatterState, e: MatterEvent): NoticeText {
  const what = subject(m.code, m.title);
  const text = typeof e.data.text === 'string' ? e.data.text : '';
  return {
    kind: 'instruction',
    title: clipTitle(`【批示】${what}`),
    body: `${actorName(e)}对${what}作出批示：${text}`,
  };
}

export function extensionText(m: MatterState, e: MatterEvent, approved: boolean): NoticeText {
  const what = subject(m.code, m.title);
  if (approved) {
    const due = typeof e.data.dueDate === 'string' ? e.data.dueDate : m.dueDate;
    return {
      kind: 'extension',
      title: clipTitle(`【延期同意】${what}办结时限延至${lastDayZh(due)}`),
      body: withHandler(
        withReason(`联席会议办公室同意${what}的延期申请，办结时限延至${lastDayZh(due)}。`, e.reason, '意见'),
        m,
        e,
      ),
    };
  }
  return {
    kind: 'extension',
    title: clipTitle(`【延期未同意】${what}`),
    body: withHandler(
      withReason(`联席会议办公室未同意${what}的延期申请，办结时限仍为${lastDayZh(m.dueDate)}。`, e.reason),
      m,
      e,
    ),
  };
}

export function closedText(m: MatterState, e: MatterEvent): NoticeText {
  const what = subject(m.code, m.title);
  return {
    kind: 'closed',
    title: clipTitle(`【办结】${what}已办结销号`),
    body: withReason(`联席会议办公室核验通过，${what}已办结销号。`, e.reason, '核验意见'),
  };
}

export function cancelledText(m: MatterState, e: MatterEvent): NoticeText {
  const what = subject(m.code, m.title);
  return {
    kind: 'cancelled',
    title: clipTitle(`【撤销】${what}已撤销`),
    body: withReason(`联席会议办公室撤销了${what}，无需继续办理。`, e.reason, '撤销理由'),
  };
}

// What the unit wrote, quoted after a colon; without it the sentence ends.
const said = (e: MatterEvent, key: string): string => {
  const text = e.data[key];
  return typeof text === 'string' ? `：${text}` : '。';
};

// What a leader who follows (关注) a matter is told: a unit's answer on it, and its end.
const FOLLOWED_TEXTS: Partial<
  Record<MatterEventType, (m: MatterState, e: MatterEvent, names: UnitNames) => NoticeText>
> = {
  'assignment.progress_reported': (m, e, names) => {
    const what = subject(m.code, m.title);
    const unit = answeringUnit(m, e, names);
    const percent = typeof e.data.percent === 'number' ? `，完成进度 ${e.data.percent}%` : '';
    return {
      kind: 'followed',
      title: clipTitle(`【关注事项】${unit}报送了${what}的办理进展`),
      body: `您关注的${what}，${unit}报送了办理进展${percent}${said(e, 'text')}`,
    };
  },
  'assignment.contributed': (m, e, names) => {
    const what = subject(m.code, m.title);
    const unit = answeringUnit(m, e, names);
    return {
      kind: 'followed',
      title: clipTitle(`【关注事项】${unit}报送了${what}的配合办理情况`),
      body: `您关注的${what}，配合单位${unit}报送了配合办理情况${said(e, 'text')}`,
    };
  },
  'matter.completion_submitted': (m, e, names) => {
    const what = subject(m.code, m.title);
    const unit = answeringUnit(m, e, names);
    return {
      kind: 'followed',
      title: clipTitle(`【关注事项】${unit}已报送${what}的办结报告`),
      body: `您关注的${what}，牵头单位${unit}已报送办结报告，待联席会议办公室核验${said(e, 'summary')}`,
    };
  },
  'matter.closed': (m, _e, names) => {
    const what = subject(m.code, m.title);
    return {
      kind: 'closed',
      title: clipTitle(`【关注事项】${what}已办结销号`),
      body: `您关注的${what}（牵头单位${names.nameZh(m.leadUnitCode)}）经联席会议办公室核验通过，已办结销号。`,
    };
  },
  'matter.cancelled': (m, e, names) => {
    const what = subject(m.code, m.title);
    return {
      kind: 'cancelled',
      title: clipTitle(`【关注事项】${what}已撤销`),
      body: withReason(
        `您关注的${what}（牵头单位${names.nameZh(m.leadUnitCode)}）已由联席会议办公室撤销。`,
        e.reason,
        '撤销理由',
      ),
    };
  },
};

export const followedText = (m: MatterState, e: MatterEvent, names: UnitNames): NoticeText | null =>
  FOLLOWED_TEXTS[e.type]?.(m, e, names) ?? null;

export interface DigestItem {
  title: string;
  createdAt: Date;
}

export function digestText(name: string, date: string, items: DigestItem[]): { subject: string; text: string } {
  const lines = items.map((item, i) => `${i + 1}. [${SHANGHAI_TIME.format(item.createdAt)}] ${item.title}`);
  return {
    subject: `【每日汇总】${date} 您有 ${items.length} 条通知`,
    text: [`${name}：`, `以下是您的待阅通知，共 ${items.length} 条：`, '', ...lines, '', '详情请登录系统查看。'].join(
      '\n',
    ),
  };
}

const CAMPAIGN_LEVEL_ZH: Record<CampaignNotice['level'], string> = {
  pre: '提醒',
  reminder: '提醒',
  urging: '催办',
  supervision: '督办',
  report: '通报',
};

// A unit's missing 年度工作总结, on the same ladder as a matter's escalations.
export function campaignNoticeText(n: CampaignNotice, unitName: string): NoticeText {
  const level = CAMPAIGN_LEVEL_ZH[n.level];
  const when =
    n.level === 'pre' ? `须于${lastDayZh(n.dueDate)}前报送` : `报送期限${lastDayZh(n.dueDate)}已过，尚未报送`;
  return {
    kind: 'escalation',
    title: `【${level}】${n.year}年度知识产权工作总结`,
    body: `${unitName}的${n.year}年度知识产权工作总结${when}，请向联席会议办公室报送。`,
  };
}
