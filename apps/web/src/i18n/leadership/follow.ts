// 关注: a leader follows a matter (the leadership matter page's toggle and the "我关注的事项" list).
export const followZh = {
  'nav.followed': '我关注的事项',
  'follow.button': '关注',
  'follow.following': '已关注',
  'follow.unfollow': '取消关注',
  'follow.followed': '已关注该事项：单位报送进展、办结报告或配合情况，以及事项办结、撤销时将通知您',
  'follow.unfollowed': '已取消关注',
  'follow.hint': '关注后，单位报送进展或办结报告、事项办结或撤销时，您将收到通知。作出批示即自动关注。',
  'follow.list.title': '我关注的事项',
  'follow.list.intro': '您关注的议定事项（作出批示的事项自动关注），最近关注的在前。',
  'follow.list.empty': '暂未关注任何事项',
  'follow.list.since': '关注时间',
  'follow.list.reason': '关注方式',
  'follow.reason.instruction': '批示后自动关注',
  'follow.reason.manual': '手动关注',
};

export const followEn: Record<keyof typeof followZh, string> = {
  'nav.followed': 'Followed matters',
  'follow.button': 'Follow',
  'follow.following': 'Following',
  'follow.unfollow': 'Unfollow',
  'follow.followed':
    'Following: you will be told when a unit reports progress, completion or its contribution, and when the matter closes or is cancelled',
  'follow.unfollowed': 'No longer following',
  'follow.hint':
    'Followers are told of progress and completion reports and of the closure or cancellation. Giving an instruction follows the matter.',
  'follow.list.title': 'Matters I follow',
  'follow.list.intro': 'The matters you follow (an instruction follows its matter), most recently followed first.',
  'follow.list.empty': 'You follow no matter yet',
  'follow.list.since': 'Followed since',
  'follow.list.reason': 'How',
  'follow.reason.instruction': 'On giving an instruction',
  'follow.reason.manual': 'By hand',
};
