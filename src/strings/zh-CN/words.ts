/**
 * words (zh-CN): the one vocabulary of task states and unit roles (DOMAIN.md section 6). The pane, every
 * generated sheet, the 状态 column and the CLI take these words from here, so the same state has the same
 * word everywhere.
 */
export const words = {
  /** RowState → its word. */
  state: {
    overdue: "已逾期",
    "due-soon": "即将到期",
    done: "已完成",
    open: "进行中",
    ongoing: "长期推进",
    recurring: "定期",
    unknown: "时限不明",
  },
  /** UnitRole → its word. */
  role: { lead: "牵头", responsible: "责任", cooperate: "配合" },
};
