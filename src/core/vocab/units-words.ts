/**
 * The words of unit cells (责任单位): labels, working words, unit-name endings, administrative levels and the
 * built-in table of short forms. Pure data plus tiny helpers; the units parser (src/core/units) reads them.
 */
import type { UnitRole } from "../types";


// ───────────────────────────── labels ─────────────────────────────

/** A label that opens a segment naming units: "牵头单位：", "责任部门:", "配合：" … */
export const UNIT_LABEL_WORDS: ReadonlyArray<readonly [string, UnitRole]> = [
  ["牵头单位", "lead"],
  ["牵头部门", "lead"],
  ["牵头责任单位", "lead"],
  ["牵头负责部门", "lead"],
  ["牵头负责单位", "lead"],
  ["牵头责任部门", "lead"],
  ["牵头处室", "lead"],
  ["牵头科室", "lead"],
  ["牵头机构", "lead"],
  ["牵头", "lead"],
  // "主要责任单位" heads a task when others are listed with it ("各主要责任单位要充分发挥牵头抓总作用", 大兴 2023).
  ["主要责任单位", "lead"],
  ["责任单位", "responsible"],
  ["责任部门", "responsible"],
  ["责任处室", "responsible"],
  ["责任科室", "responsible"],
  ["责任主体", "responsible"],
  ["主责单位", "responsible"],
  ["主责部门", "responsible"],
  ["主办单位", "responsible"],
  ["承办单位", "responsible"],
  ["承办部门", "responsible"],
  ["负责单位", "responsible"],
  ["实施单位", "responsible"],
  ["实施主体", "responsible"],
  ["主管部门", "responsible"],
  ["主管单位", "responsible"],
  ["落实单位", "responsible"],
  ["配合单位", "cooperate"],
  ["配合部门", "cooperate"],
  ["配合处室", "cooperate"],
  ["配合科室", "cooperate"],
  ["协办单位", "cooperate"],
  ["协办部门", "cooperate"],
  ["协助单位", "cooperate"],
  ["参与单位", "cooperate"],
  ["参与部门", "cooperate"],
  ["协同责任单位", "cooperate"],
  ["协同单位", "cooperate"],
  ["协同部门", "cooperate"],
  ["配合", "cooperate"],
  ["协办", "cooperate"],
  // A unit that supplies the figures takes part in the task ("数据提供单位：市统计局").
  ["数据提供单位", "cooperate"],
  // "部门分工：省发展改革委牵头，各地、各部门配合": the words inside give the roles.
  ["部门分工", "responsible"],
];

/** Labels whose segment names no unit (deadlines, people, notes): the segment is left out. */
export const OTHER_LABEL_WORDS: readonly string[] = [
  "完成时限", "完成时间", "时间节点", "截止时间", "办结时限", "时限要求", "时限", "时间",
  "责任领导", "分管领导", "牵头领导", "包保领导", "督办领导", "联系领导", "责任人", "联系人", "负责人",
  "牵头负责领导", "牵头市领导", "牵头县领导", "牵头区领导", "牵头省领导", "分管市领导", "分管县领导", "分管区领导",
  "分管省领导", "责任市领导", "责任县领导", "责任区领导", "联系市领导", "联系县领导", "领办领导", "牵头县级领导",
  "分管负责人", "具体负责人", "督办单位", "督查单位", "督办部门", "联系电话", "电话", "备注", "进展情况", "完成情况", "工作要求", "工作任务",
];

// ─────────────────────────── working words ───────────────────────────

/**
 * Working words written after a unit name ("市发改委牵头落实", "各科室配合"), longest first. The role they give:
 * 牵头 → lead, 配合/协助/协办/参与/协同 → cooperate, 负责 → responsible (DOMAIN.md section 8; a label still wins over
 * it), anything else keeps the segment's role (null).
 */
export const WORKING_SUFFIXES: ReadonlyArray<readonly [string, UnitRole | null]> = (
  [
    ["按职责分工负责落实", "responsible"],
    ["按职责分工抓好落实", null],
    ["按职责分工负责", "responsible"],
    ["按照职责分工负责", "responsible"],
    ["按照职责分工", null],
    ["按职责分工落实", null],
    ["按职责分工", null],
    ["按职责负责", "responsible"],
    ["按职责落实", null],
    ["按职能分工负责", "responsible"],
    ["分别牵头落实", "lead"],
    ["分别牵头负责", "lead"],
    ["分别牵头", "lead"],
    ["共同牵头", "lead"],
    ["总牵头", "lead"],
    ["牵头负责落实", "lead"],
    ["牵头组织实施", "lead"],
    ["牵头落实", "lead"],
    ["牵头负责", "lead"],
    ["牵头实施", "lead"],
    ["牵头推进", "lead"],
    ["牵头抓总", "lead"],
    ["牵头组织", "lead"],
    ["牵头", "lead"],
    ["积极配合", "cooperate"],
    ["配合落实", "cooperate"],
    ["配合实施", "cooperate"],
    ["配合推进", "cooperate"],
    ["配合做好", "cooperate"],
    ["配合完成", "cooperate"],
    ["共同配合", "cooperate"],
    ["分别配合", "cooperate"],
    ["配合", "cooperate"],
    ["协助落实", "cooperate"],
    ["协助配合", "cooperate"],
    ["协助", "cooperate"],
    ["协办", "cooperate"],
    ["参与", "cooperate"],
    ["协同配合", "cooperate"],
    ["协同推进", "cooperate"],
    ["协同", "cooperate"],
    ["分别负责落实", "responsible"],
    ["分别负责", "responsible"],
    ["分别落实", null],
    ["共同负责", "responsible"],
    ["具体负责", "responsible"],
    ["具体落实", null],
    ["负责落实", "responsible"],
    ["负责实施", "responsible"],
    ["组织实施", null],
    ["抓好落实", null],
    ["贯彻落实", null],
    ["负责", "responsible"],
    ["落实", null],
    ["实施", null],
  ] as Array<[string, UnitRole | null]>
).sort((a, b) => b[0].length - a[0].length);

/**
 * A role word after a name followed by the work itself ("区司法局牵头区级规范性文件集中公开工作", "各成员单位负责做好…"):
 * the name ends at the word. Longest first; the role as for WORKING_SUFFIXES.
 */
export const CLAUSE_ROLE_WORDS: ReadonlyArray<readonly [string, UnitRole | null]> = [
  ["具体落实", null], ["牵头", "lead"], ["负责", "responsible"], ["配合", "cooperate"], ["协助", "cooperate"], ["参与", "cooperate"],
];

/** Words written before a unit name that are not part of it ("由市发改委牵头"). */
export const WORKING_PREFIXES: readonly string[] = ["由"];

/** A bracketed marker after a name that gives its role: "市发改委（牵头）". */
export const ROLE_MARKERS: Readonly<Record<string, UnitRole>> = {
  牵头: "lead",
  牵头单位: "lead",
  牵头部门: "lead",
  配合: "cooperate",
  配合单位: "cooperate",
  配合部门: "cooperate",
  协办: "cooperate",
  协办单位: "cooperate",
  责任单位: "responsible",
  责任部门: "responsible",
};

// ─────────────────────────── unit names ───────────────────────────

/** Endings of unit names. A fragment that ends with none of these (and is no known short form) is rejected. */
export const UNIT_SUFFIXES: readonly string[] = [
  "局", "委", "办", "厅", "部", "院", "会", "中心", "政府", "单位", "部门", "区", "县", "市", "省", "州", "盟", "旗",
  "镇", "乡", "街道", "村", "社区", "公司", "集团", "企业", "所", "站", "队", "处", "科", "室", "股", "馆", "台",
  "社", "行", "署", "团", "组", "联", "协", "校", "园", "场", "港", "关", "监狱", "机关", "机构", "基地", "大学",
  "学院", "医院", "银行", "分局", "厂", "库", "网", "报", "组织", "团体", "各级", "各地", "各地区", "各方",
  "专班", "主体",
];

/** Short forms that are unit names although they end with no unit ending. */
export const KNOWN_SHORT_NAMES: readonly string[] = [
  "人大", "政协", "移动", "联通", "电信", "铁塔", "邮政", "广电", "武警", "供电", "石油", "石化", "烟草", "人行",
  "纪委监委", "两院", "各地", "各级", "各方",
];

// ─────────────────────────── notes ───────────────────────────

/**
 * How a note says "the first unit named" (regex sources): with 牵头 nearby it declares that the first unit of
 * every cell leads ("列第一位者为牵头单位", "（首位单位为牵头单位，下同）", "排名第一的责任单位为牵头单位").
 */
export const FIRST_LEADS_MARKS: readonly string[] = [
  "排在?第一位?", "排名第一", "列第一位?", "列在第一位?", "排在?首位", "列首位", "首位单位", "第一个?单位", "首个单位",
  "居首", "排前",
];

/** Words of a bracketed note that is no part of a name ("（下同）", "（牵头单位为市发改委）"). */
export const NOTE_WORDS: readonly string[] = ["下同", "牵头单位为", "为牵头", "汇总单位", "以下简称"];

/** Whole fragments that are only an administrative level ("各县", "区") and belong to the name after them. */
export const LEVEL_FRAGMENT = /^(?:各|全)?(?:省|市|县|区|州|盟|旗|镇|乡|街道|自治州|自治县|县级市|市辖区|开发区|园区)$/;

/** After 等: tails that name nobody ("有关部门", "相关单位", "部门", "3个部门" …). */
export const BARE_TAIL =
  /^(?:[0-9０-９一二三四五六七八九十两几多]+(?:个|家)?)?(?:其他|其它)?(?:各)?(?:有关|相关)?(?:的)?(?:成员)?(?:职能)?(?:责任)?(?:单位|部门|机构|方面|处室|科室|单位部门|部门单位)?$/;

/** Level characters a prefix of a unit name ends with (市, 县 …), for the alias table. */
export const LEVEL_CHARS = "省市县区州盟旗镇乡";

// ─────────────────────────── short forms ───────────────────────────

/**
 * Built-in groups of names for the same unit, without the level prefix; the first is the full name every
 * other form is merged into. Applied at any level prefix (省/市/县/区 …): 市卫健委 = 市卫生健康委员会.
 */
export const ALIAS_GROUPS: readonly (readonly string[])[] = [
  ["卫生健康委员会", "卫生健康委", "卫健委", "卫生和健康委员会"],
  ["卫生健康局", "卫健局", "卫生和健康局"],
  ["发展和改革委员会", "发展改革委员会", "发展改革委", "发改委"],
  ["发展和改革局", "发展改革局", "发改局"],
  ["人力资源和社会保障局", "人力资源社会保障局", "人力社保局", "人社局"],
  ["住房和城乡建设局", "住房城乡建设局", "住建局"],
  ["住房和城乡建设委员会", "住房城乡建设委员会", "住房城乡建设委", "住建委"],
  ["市场监督管理局", "市场监管局"],
  ["文化和旅游局", "文化旅游局", "文旅局"],
  ["文化广电和旅游局", "文化广电旅游局", "文广旅局", "文广旅游局"],
  ["文化广电体育和旅游局", "文化广电体育旅游局", "文广体旅局"],
  ["教育和体育局", "教育体育局", "教体局"],
  ["自然资源和规划局", "自然资源规划局", "资源规划局", "自然资源和规划分局"],
  ["规划和自然资源局", "规划自然资源局", "规划资源局"],
  ["生态环境局", "生态局", "环保局", "环境保护局"],
  ["交通运输局", "交通局"],
  ["交通运输委员会", "交通委", "交委"],
  ["应急管理局", "应急局"],
  ["政务服务数据管理局", "政务服务和数据管理局", "政数局"],
  ["政务服务和大数据管理局", "政务服务大数据管理局"],
  ["政务服务管理局", "政务服务局"],
  ["医疗保障局", "医保局"],
  ["退役军人事务局", "退役军人局", "退役军人事务管理局"],
  ["农业农村局", "农业局", "农村农业局"],
  ["农业农村委员会", "农业农村委", "农委"],
  ["工业和信息化局", "工业信息化局", "工信局"],
  ["经济和信息化局", "经济信息化局", "经信局"],
  ["经济和信息化委员会", "经济信息化委员会", "经济信息化委", "经信委"],
  ["科学技术局", "科技局"],
  ["科学技术协会", "科协"],
  ["城市管理局", "城管局"],
  ["城市管理综合执法局", "城市管理和综合执法局", "城管执法局"],
  ["行政审批服务局", "行政审批局", "审批服务局"],
  ["营商环境建设局", "营商环境局", "营商局"],
  ["人民政府办公室", "政府办公室", "政府办"],
  ["人民政府", "政府"],
  ["广播电视局", "广电局"],
  ["新闻出版广电局", "新闻出版广播电视局"],
  ["林业和草原局", "林草局"],
  ["残疾人联合会", "残联"],
  ["妇女联合会", "妇联"],
  ["归国华侨联合会", "侨联"],
  ["文学艺术界联合会", "文联"],
  ["工商业联合会", "工商联"],
  ["供销合作社", "供销社", "供销合作社联合社"],
  ["国有资产监督管理委员会", "国有资产监管委", "国资委"],
  ["地方金融监督管理局", "地方金融监管局", "金融监管局", "金融局"],
  ["外事办公室", "外事办", "外办"],
  ["机构编制委员会办公室", "编委办", "编办"],
  ["网络安全和信息化委员会办公室", "网信办"],
  ["民族宗教事务局", "民宗局"],
  ["机关事务管理局", "机关事务局"],
  ["公共资源交易中心", "公共资源交易服务中心"],
  ["融媒体中心", "融媒中心"],
];

/** The word that makes a note a first-unit-leads declaration (with one of FIRST_LEADS_MARKS). */
export const LEAD_WORD = "牵头";

/** After a first-unit mark, what an unbracketed declaration says (regex source): "…为牵头单位", "…为牵头或汇总单位". */
export const FIRST_LEADS_TAIL = "为牵头(?:或汇总)?(?:单位|部门)?";

/** Only administrative levels, one or several: "各县区", "县市区", "开发区". */
export const LEVELS_ONLY = /^(?:各|全)?(?:[省市县区州盟旗镇乡]|街道|开发区|园区)+$/;

/** A bracket that numbers a line ("（1）", "(二)"), not one that qualifies the name before it. */
export const BRACKET_NUMBER = /^[（(][0-9一二三四五六七八九十]{1,3}[)）]/;

/** Names that are a group of their own ("区直各部门"): no body for a bare level before them. */
export const GROUP_NAME = /^[各全]|[各直]/;

/** A place written bare ("黄埔区"), and one with its government ("南沙区政府"): the bare ones share the body. */
export const BARE_PLACE = /^([\u4e00-\u9fff]{1,6}?)([区县市])$/;
export const PLACE_WITH_BODY = /^[\u4e00-\u9fff]{1,6}?([区县市])(人民政府|政府|管委会)$/;

/** Words after names that say they are responsible ("分别负责", "按职责分工负责", "负责落实"). */
export const RESPONSIBLE_WORDS = /负责(?:落实|实施)?$/;

/** The column headers that give each role (for reading a part under a role). */
export const ROLE_HEADERS = { lead: "牵头单位", responsible: "责任单位", cooperate: "配合单位" } as const;
