// The capacity switch in the header, for a person holding several capacities (src/auth/capacity.ts).
export const capacityZh = {
  'capacity.label': '办理身份',
  'capacity.actAs': '以{name}身份',
  'capacity.office': '联席办',
  'capacity.leadership': '联席会议领导',
  'capacity.admin': '系统管理员',
  'capacity.otherArea': '此页面属于{name}的工作区，请切换办理身份后打开。',
};

export const capacityEn: Record<keyof typeof capacityZh, string> = {
  'capacity.label': 'Acting as',
  'capacity.actAs': 'As {name}',
  'capacity.office': 'the conference office',
  'capacity.leadership': 'conference leadership',
  'capacity.admin': 'administrator',
  'capacity.otherArea': 'This page belongs to the area of {name}; switch capacity to open it.',
};
