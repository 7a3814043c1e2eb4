// Meetings held: agenda, attendance, minutes and matters (features/office/Meeting*, features/meetings): this
// feature's strings. zh.ts and en.ts spread them in; MessageKey covers them.
export const meetingRecordsZh = {
  'meetingRecord.status': '状态',
  'meetingRecord.status.planned': '计划中',
  'meetingRecord.status.held': '已召开',
  'meetingRecord.filter.all': '全部',
  'meetingRecord.adHocDirectorOnly': '专题会议由召集人召集，或由办公室主任代为登记',
  'meetingRecord.notes': '备注',
  'meetingRecord.notesHint': '会议主要内容、参会要求等；会议纪要在召开会议时登记',

  'meetingRecord.agenda': '会议议程',
  'meetingRecord.agendaEmpty': '暂无列入本次会议的议题',
  'meetingRecord.agendaManage': '议题管理',
  'meetingRecord.agendaTopic': '议题',
  'meetingRecord.agendaUnit': '提出单位',
  'meetingRecord.topicStatus.proposed': '待审核',
  'meetingRecord.topicStatus.accepted': '待研究',
  'meetingRecord.topicStatus.deferred': '暂缓',
  'meetingRecord.topicStatus.declined': '不予列入',
  'meetingRecord.topicStatus.discussed': '已研究',

  'meetingRecord.hold.open': '召开会议',
  'meetingRecord.hold.title': '召开会议：出席、纪要和议定事项',
  'meetingRecord.hold.intro':
    '登记出席情况和会议纪要，录入会议议定事项。提交后会议标记为已召开，议定事项一次性交办至各承办单位，议程中的议题标记为已研究。',
  'meetingRecord.hold.step.attendance': '出席情况',
  'meetingRecord.hold.step.minutes': '会议纪要',
  'meetingRecord.hold.step.matters': '议定事项',
  'meetingRecord.hold.step.review': '核对并提交',
  'meetingRecord.hold.next': '下一步',
  'meetingRecord.hold.prev': '上一步',
  'meetingRecord.hold.done': '会议已召开，已交办 {n} 项议定事项',
  'meetingRecord.hold.leaveConfirm': '放弃已填写的内容？',

  'meetingRecord.att.hint':
    '已按会议邀请的参会单位预填，请填写实际出席人员；由他人代为参会的，在“代会”一栏填写被代替的人员。',
  'meetingRecord.att.unit': '单位',
  'meetingRecord.att.unitPlaceholder': '可选',
  'meetingRecord.att.person': '出席人员',
  'meetingRecord.att.personPlaceholder': '姓名及职务',
  'meetingRecord.att.standingInFor': '代会（代替谁出席）',
  'meetingRecord.att.standingInForPlaceholder': '可选，如：李华（局长）',
  'meetingRecord.att.addRow': '添加出席人员',
  'meetingRecord.att.removeRow': '删除该行',
  'meetingRecord.att.personRequired': '请填写出席人员',
  'meetingRecord.att.tooLong': '不超过 100 字',
  'meetingRecord.att.selfStandIn': '代会人员与被代替人员不能相同',
  'meetingRecord.att.none': '请至少登记一名出席人员',
  'meetingRecord.att.rowProblem': '出席第 {n} 行：{text}',
  'meetingRecord.att.standIn': '{person}（代 {for}）',
  'meetingRecord.att.empty': '未登记出席情况',

  'meetingRecord.minutes': '会议纪要',
  'meetingRecord.minutes.placeholder': '会议听取了……研究了……议定如下事项：一、……',
  'meetingRecord.minutes.required': '请填写会议纪要',
  'meetingRecord.minutes.tooLong': '会议纪要不超过 50000 字',

  'meetingRecord.matters.intro':
    '逐行填写纪要中的议定事项（可粘贴表格），提交时与会议记录一起交办。没有议定事项的，删除所有行即可。',
  'meetingRecord.matters.yearHint': '全体会议部署下一年度任务，“年度”默认为下一年，可修改。',
  'meetingRecord.year': '年度',
  'meetingRecord.yearInvalid': '年度应为 2000–2100 之间的年份',
  'meetingRecord.yearPlaceholder': '自动',
  'meetingRecord.matters.yearAuto': '“年度”留空的，按办结时限所在年度计。',
  'meetingRecord.duePast': '办结时限不能早于今天',

  'meetingRecord.review.attendance': '出席人员（{n} 人）',
  'meetingRecord.review.matters': '将交办的议定事项（{n} 项）',
  'meetingRecord.review.noMatters': '本次会议不交办议定事项',
  'meetingRecord.review.topics': '将标记为已研究的议题（{n} 个）',
  'meetingRecord.review.irreversible':
    '提交后会议即标记为已召开，议定事项立即交办至各承办单位（各单位收到待签收通知），不能撤回。',
  'meetingRecord.review.submit': '确认召开并交办（{n} 项）',
  'meetingRecord.review.retryHint': '提交未完成。可直接再次提交：已交办的事项不会重复交办。',

  'meetingRecord.held.title': '会议记录',
  'meetingRecord.held.by': '{by} · {at}',
  'meetingRecord.held.recorded': '召开登记',
  'meetingRecord.held.moreMatters': '会议已召开，如纪要另有议定事项，可继续批量录入。',

  'meetingRecord.convene.title': '会议',
  'meetingRecord.convene.intro':
    '召集人可召集全体会议或部分成员单位会议（专题会议），由联席会议办公室组织召开、记录纪要并交办议定事项。',
  'meetingRecord.convene.new': '召集会议',
  'meetingRecord.convene.dialogTitle': '召集会议（全体会议或部分成员单位会议）',
  'meetingRecord.convene.done': '会议已召集：{title}',
  'meetingRecord.convene.empty': '暂无会议',
  'meetingRecord.convene.createdBy': '召集/登记',
  'meetingRecord.convene.attendeesHint': '选择参会的成员单位，也可直接输入姓名后回车',
  'meetingRecord.convene.heldOnPast': '召开日期不能早于今天',
};

export const meetingRecordsEn: Record<keyof typeof meetingRecordsZh, string> = {
  'meetingRecord.status': 'Status',
  'meetingRecord.status.planned': 'Planned',
  'meetingRecord.status.held': 'Held',
  'meetingRecord.filter.all': 'All',
  'meetingRecord.adHocDirectorOnly': 'An ad-hoc meeting is called by the convener, or recorded by the office director',
  'meetingRecord.notes': 'Notes',
  'meetingRecord.notesHint':
    'What the meeting is about, what attendees should prepare; the minutes are recorded when it is held',

  'meetingRecord.agenda': 'Agenda',
  'meetingRecord.agendaEmpty': 'No topics on this meeting’s agenda yet',
  'meetingRecord.agendaManage': 'Topics',
  'meetingRecord.agendaTopic': 'Topic',
  'meetingRecord.agendaUnit': 'Proposed by',
  'meetingRecord.topicStatus.proposed': 'Proposed',
  'meetingRecord.topicStatus.accepted': 'To discuss',
  'meetingRecord.topicStatus.deferred': 'Deferred',
  'meetingRecord.topicStatus.declined': 'Declined',
  'meetingRecord.topicStatus.discussed': 'Discussed',

  'meetingRecord.hold.open': 'Hold the meeting',
  'meetingRecord.hold.title': 'Hold the meeting: attendance, minutes and agreed matters',
  'meetingRecord.hold.intro':
    'Record who attended and the minutes, and enter the agreed matters. On submit the meeting is marked held, every agreed matter is dispatched to its units at once, and the agenda topics are marked discussed.',
  'meetingRecord.hold.step.attendance': 'Attendance',
  'meetingRecord.hold.step.minutes': 'Minutes',
  'meetingRecord.hold.step.matters': 'Agreed matters',
  'meetingRecord.hold.step.review': 'Review and submit',
  'meetingRecord.hold.next': 'Next',
  'meetingRecord.hold.prev': 'Back',
  'meetingRecord.hold.done': 'The meeting is held; {n} agreed matter(s) dispatched',
  'meetingRecord.hold.leaveConfirm': 'Discard what you entered?',

  'meetingRecord.att.hint':
    'One row per invited unit is prefilled: enter who actually attended. For a stand-in, enter whom they stood in for.',
  'meetingRecord.att.unit': 'Unit',
  'meetingRecord.att.unitPlaceholder': 'Optional',
  'meetingRecord.att.person': 'Attended',
  'meetingRecord.att.personPlaceholder': 'Name and position',
  'meetingRecord.att.standingInFor': 'Standing in for',
  'meetingRecord.att.standingInForPlaceholder': 'Optional, e.g. Li Hua (Director)',
  'meetingRecord.att.addRow': 'Add an attendee',
  'meetingRecord.att.removeRow': 'Remove this row',
  'meetingRecord.att.personRequired': 'Enter who attended',
  'meetingRecord.att.tooLong': 'At most 100 characters',
  'meetingRecord.att.selfStandIn': 'A stand-in cannot stand in for themselves',
  'meetingRecord.att.none': 'Record at least one attendee',
  'meetingRecord.att.rowProblem': 'Attendance row {n}: {text}',
  'meetingRecord.att.standIn': '{person} (for {for})',
  'meetingRecord.att.empty': 'No attendance recorded',

  'meetingRecord.minutes': 'Minutes',
  'meetingRecord.minutes.placeholder': 'The meeting heard … discussed … and agreed the following matters: 1. …',
  'meetingRecord.minutes.required': 'Enter the minutes',
  'meetingRecord.minutes.tooLong': 'The minutes are limited to 50,000 characters',

  'meetingRecord.matters.intro':
    'Enter the agreed matters of the minutes one per row (or paste a table); they are dispatched together with the meeting record. If the meeting agreed none, remove every row.',
  'meetingRecord.matters.yearHint':
    'A plenary deploys next year’s tasks: the year defaults to next year and can be changed.',
  'meetingRecord.year': 'Year',
  'meetingRecord.yearInvalid': 'The year must be between 2000 and 2100',
  'meetingRecord.yearPlaceholder': 'Auto',
  'meetingRecord.matters.yearAuto': 'A matter without a year counts in the year of its due date.',
  'meetingRecord.duePast': 'The due date cannot be before today',

  'meetingRecord.review.attendance': 'Attendance ({n})',
  'meetingRecord.review.matters': 'Agreed matters to dispatch ({n})',
  'meetingRecord.review.noMatters': 'This meeting dispatches no agreed matters',
  'meetingRecord.review.topics': 'Topics to be marked discussed ({n})',
  'meetingRecord.review.irreversible':
    'On submit the meeting is marked held and the agreed matters are dispatched to their units at once (each unit is asked to acknowledge). This cannot be undone.',
  'meetingRecord.review.submit': 'Hold and dispatch ({n})',
  'meetingRecord.review.retryHint':
    'The submission did not complete. You can submit again: matters already dispatched are not dispatched twice.',

  'meetingRecord.held.title': 'Meeting record',
  'meetingRecord.held.by': '{by} · {at}',
  'meetingRecord.held.recorded': 'Held, recorded by',
  'meetingRecord.held.moreMatters':
    'The meeting is held; further agreed matters of its minutes can still be entered in a batch.',

  'meetingRecord.convene.title': 'Meetings',
  'meetingRecord.convene.intro':
    'The convener calls a plenary or a meeting of some member units (ad hoc); the conference office organises it, records the minutes and dispatches the agreed matters.',
  'meetingRecord.convene.new': 'Call a meeting',
  'meetingRecord.convene.dialogTitle': 'Call a meeting (plenary or some member units)',
  'meetingRecord.convene.done': 'Meeting called: {title}',
  'meetingRecord.convene.empty': 'No meetings yet',
  'meetingRecord.convene.createdBy': 'Called / recorded by',
  'meetingRecord.convene.attendeesHint': 'Choose the attending member units, or type a name and press Enter',
  'meetingRecord.convene.heldOnPast': 'The meeting date cannot be before today',
};
