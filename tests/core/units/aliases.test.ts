/** Short forms, the user's alias list, alias groups, header roles and the "looks like a unit" test. */
import {
  analyseUnits,
  canonicalUnit,
  findAliasGroups,
  isGenericName,
  looksLikeUnit,
  unitRoleFromHeader,
} from "../../../src/core/units";

describe("canonicalUnit: built-in short forms", () => {
  /** Each row: forms of one unit (DOMAIN.md section 3 and real tables). */
  const SAME: string[][] = [
    ["市卫健委", "市卫生健康委", "市卫生健康委员会"],
    ["市发改委", "市发展改革委", "市发展和改革委员会"],
    ["市人社局", "市人力资源社会保障局", "市人力资源和社会保障局"],
    ["市住建局", "市住房城乡建设局", "市住房和城乡建设局"],
    ["市市场监管局", "市市场监督管理局"],
    ["市文旅局", "市文化和旅游局"],
    ["县教体局", "县教育体育局", "县教育和体育局"],
    ["市资源规划局", "市自然资源和规划局"],
    ["区环保局", "区生态环境局"],
    ["市交通局", "市交通运输局"],
    ["县应急局", "县应急管理局"],
    ["市政数局", "市政务服务数据管理局"],
    ["市医保局", "市医疗保障局"],
    ["市退役军人局", "市退役军人事务局"],
    ["县农业局", "县农业农村局"],
    ["省工信局", "省工业和信息化局"],
    ["县政府办", "县政府办公室", "县人民政府办公室"],
    ["各区政府", "各区人民政府"],
    ["县发改局", "县发展和改革局"],
    ["卫健委", "卫生健康委员会"],
    ["大连市卫健委", "大连市卫生健康委员会"],
    ["市委网信办", "市委网络安全和信息化委员会办公室"],
  ];
  it.each(SAME.map((g) => [g.join(" = "), g] as const))("%s", (_label, forms) => {
    const canon = forms.map((f) => canonicalUnit(f));
    expect(new Set(canon).size).toBe(1);
    expect(canon[0]).toBe(forms[forms.length - 1]);
  });

  it("keeps different units apart, also across levels", () => {
    const DIFFERENT: [string, string][] = [
      ["市卫健委", "县卫健局"],
      ["市卫健委", "县卫健委"],
      ["市发改委", "市发改局"],
      ["市自然资源局", "市自然资源和规划局"],
      ["市交通局", "市交通委"],
      ["市文旅局", "市文广旅局"],
      ["市公安局", "市司法局"],
      ["市政府办公室", "市政府办公厅"],
    ];
    for (const [a, b] of DIFFERENT) expect([a, canonicalUnit(a)]).not.toEqual([a, canonicalUnit(b)]);
  });

  it("gives an unknown name back as written, spaces removed", () => {
    expect(canonicalUnit("市市政园林局")).toBe("市市政园林局");
    expect(canonicalUnit(" 市 信息中心 ")).toBe("市信息中心");
    expect(canonicalUnit("")).toBe("");
  });

  it("lets the user's list win (alias → full name), also over a built-in form", () => {
    const user = new Map([
      ["市资源局", "市自然资源和规划局"],
      ["市卫健委", "市卫生健康委"],
      ["市发展和改革委员会", "市发改委"],
    ]);
    expect(canonicalUnit("市资源局", user)).toBe("市自然资源和规划局");
    expect(canonicalUnit("市卫健委", user)).toBe("市卫生健康委");
    // 市发展改革委 → built-in full form 市发展和改革委员会 → the user's name for it
    expect(canonicalUnit("市发展改革委", user)).toBe("市发改委");
    expect(canonicalUnit("市 资源局", user)).toBe("市自然资源和规划局");
    expect(canonicalUnit("市住建局", user)).toBe("市住房和城乡建设局");
  });

  it("adds canonical to parsed units only when an alias table is passed", () => {
    expect(analyseUnits("市卫健委、市信息中心").units.every((u) => u.canonical === undefined)).toBe(true);
    const r = analyseUnits("市卫健委、市信息中心", { aliases: new Map() });
    expect(r.units.map((u) => u.canonical)).toEqual(["市卫生健康委员会", "市信息中心"]);
  });
});

describe("findAliasGroups", () => {
  it("groups names of the same unit, in order of first appearance", () => {
    const names = ["市卫健委", "市教育局", "市卫生健康委", "市发改委", "市发展改革委", "各区人民政府", "各区政府", "市教育局"];
    expect(findAliasGroups(names)).toEqual([
      ["市卫健委", "市卫生健康委"],
      ["市发改委", "市发展改革委"],
      ["各区人民政府", "各区政府"],
    ]);
  });

  it("groups a name written without its level prefix with the one prefixed form in the table", () => {
    expect(findAliasGroups(["县政府办", "发改局", "县发改局", "县财政局", "自然资源局"])).toEqual([["发改局", "县发改局"]]);
    expect(findAliasGroups(["县发展和改革局", "发改局"])).toEqual([["县发展和改革局", "发改局"]]);
    // 市公安局 and 县公安局 are two units: 公安局 alone could be either
    expect(findAliasGroups(["市公安局", "县公安局", "公安局"])).toEqual([]);
  });

  it("uses the user's list", () => {
    const user = new Map([["市资源局", "市自然资源和规划局"]]);
    expect(findAliasGroups(["市资源局", "市自然资源和规划局", "市资源规划局"], user)).toEqual([
      ["市资源局", "市自然资源和规划局", "市资源规划局"],
    ]);
    expect(findAliasGroups(["市资源局", "市自然资源和规划局"])).toEqual([]);
  });

  it("finds nothing in a table where every unit is written once", () => {
    expect(findAliasGroups(["市发改委", "市财政局", "市财政局", "各区人民政府"])).toEqual([]);
    expect(findAliasGroups([])).toEqual([]);
  });
});

describe("unitRoleFromHeader", () => {
  it.each([
    ["牵头单位", "lead"],
    ["牵头部门", "lead"],
    ["牵 头 单 位", "lead"],
    ["配合单位", "cooperate"],
    ["协办单位", "cooperate"],
    ["配合部门", "cooperate"],
    ["责任单位", "responsible"],
    ["责任部门", "responsible"],
    ["承办单位", "responsible"],
    ["责任科室", "responsible"],
    ["", "responsible"],
    ["牵头单位/配合单位", "responsible"],
    ["责任单位（排在第一位的为牵头单位）", "responsible"],
    ["责任单位（牵头单位排首位）", "responsible"],
  ] as const)("%s → %s", (header, role) => {
    expect(unitRoleFromHeader(header)).toBe(role);
  });
});

describe("looksLikeUnit and isGenericName", () => {
  it.each([
    "市发改委", "县政府办", "发改局", "市委宣传部", "市政府办公厅", "各区人民政府", "市创新创业创投服务中心",
    "长兴岛经济技术开发区", "瓦房店市", "长海县", "各乡（镇）政府", "市人大", "市政协", "中国移动", "镇派出所",
    "市消防救援支队", "各街道", "市妇联", "团市委", "市税务局第一分局", "国网大连供电公司", "各县",
  ])("%s is a unit", (name) => {
    expect(looksLikeUnit(name)).toBe(true);
  });

  it.each([
    "等", "", "市", "区", "局", "市长", "张副市长", "办公室主任", "分管领导", "加强信息公开工作", "——", "？", "2022年",
    "做好相关工作", "负责同志", "市人力资源和社会", "主要负责人",
  ])("%j is not a unit", (name) => {
    expect(looksLikeUnit(name)).toBe(false);
  });

  it("tells generic names", () => {
    for (const n of ["各区人民政府", "市直各有关部门", "市政府各部门", "县政府直属各单位", "市政府有关部门", "全市各级行政机关", "相关单位", "市直部门", "市安委会成员单位"]) {
      expect([n, isGenericName(n)]).toEqual([n, true]);
    }
    for (const n of ["市发改委", "市政府办公室", "甘井子区", "高新区", "市直机关工委"]) {
      expect([n, isGenericName(n)]).toEqual([n, false]);
    }
  });
});
