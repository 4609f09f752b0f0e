/**
 * words (zh-CN): the one vocabulary of task states and unit roles (DOMAIN.md section 6). The pane, every
 * generated sheet, the 状态 column and the CLI take these words from here, so the same state has the same
 * word everywhere.
 */
export const words = {
  /** RowState → its word. */
  state: {
    overdue: "已逾期",
    "stage-overdue": "阶段逾期",
    "due-soon": "即将到期",
    done: "已完成",
    open: "进行中",
    ongoing: "长期推进",
    recurring: "定期",
    unknown: "时限不明",
  },
  /** 三色预警 grade → its word (DOMAIN.md section 10); the overview's legend and the 挂牌 count use them. */
  grade: { green: "绿色（正常推进）", yellow: "黄色（临期或阶段逾期）", red: "红色（逾期）", crimson: "深红（挂牌督办）" },
  /** The 统计状态 cell of a task overdue past the 挂牌 threshold: the state and the grade in words. */
  longOverdueState: "已逾期（挂牌）",
  /** UnitRole → its word. */
  role: { lead: "牵头", responsible: "责任", cooperate: "配合" },
};
