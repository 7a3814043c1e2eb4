// The conference's to-dos beside the matters, on the office's and a unit's home (src/features/conference-todos).
export const todosZh = {
  'todos.title': '联席会议事务',
  'todos.topics': '待决定议题',
  'todos.filings': '待审阅报送',
  'todos.summaries': '待确认年度总结',
  'todos.meetings': '待召开会议',
  'todos.returnedFilings': '退回补充的报送',
  'todos.pendingTopics': '待办公室决定的议题',
  'todos.summaryDue': '{year}年度工作总结',
  'todos.summary.awaiting': '待报送，{date}前报送',
  'todos.summary.returned': '已退回修改，请重新报送',
  'todos.summary.submitted': '已报送，待办公室确认',
  'todos.summary.accepted': '已确认',
  'todos.loadFailed': '部分数据加载失败',
};

export const todosEn: Record<keyof typeof todosZh, string> = {
  'todos.title': 'Conference business',
  'todos.topics': 'Topics to decide',
  'todos.filings': 'Filings to review',
  'todos.summaries': 'Summaries to accept',
  'todos.meetings': 'Meetings to hold',
  'todos.returnedFilings': 'Filings returned for revision',
  'todos.pendingTopics': 'Topics awaiting the office',
  'todos.summaryDue': '{year} annual work summary',
  'todos.summary.awaiting': 'not yet submitted; due by {date}',
  'todos.summary.returned': 'returned for revision; please resubmit',
  'todos.summary.submitted': 'submitted; awaiting the office',
  'todos.summary.accepted': 'accepted',
  'todos.loadFailed': 'Some figures could not be loaded',
};
