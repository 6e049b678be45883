import { describe, expect, it } from "vitest";
import { findMentions } from "./find-mentions";

/** "surface=RUS+PRK" for each mention, in order. */
const brief = (text: string): string[] =>
  findMentions(text).map((m) => `${m.surface}=${m.states.map((s) => s.slice(8)).join("+")}`);

describe("findMentions: names, former names, capitals, demonyms", () => {
  it.each([
    ["俄罗斯与朝鲜之间的关系日益升温", ["俄罗斯=RUS", "朝鲜=PRK"]],
    ["1896年签订的《中俄密约》,俄国打着“共同防御日本”旗号", ["中俄=CHN+RUS", "俄国=RUS", "日本=JPN"]],
    ["在冷战时期,苏联曾是朝鲜的主要支持者之一", ["苏联=RUS", "朝鲜=PRK"]],
    ["清政府与沙俄签订条约后，大清最终灭亡", ["清政府=CHN", "沙俄=RUS", "大清=CHN"]],
    ["奥匈帝国、普鲁士和奥斯曼帝国", ["奥匈帝国=AUT", "普鲁士=DEU", "奥斯曼帝国=TUR"]],
    ["东德和西德在1990年统一，南斯拉夫随后解体", ["东德=DEU", "西德=DEU", "南斯拉夫=SRB"]],
    ["北越与南越之间的战争", ["北越=VNM", "南越=VNM"]],
    [
      "美国官员就俄罗斯在乌克兰附近集结重兵向莫斯科发出了警告",
      ["美国官员=USA", "俄罗斯=RUS", "乌克兰=UKR", "莫斯科=RUS"],
    ],
    [
      "本星期，五角大楼宣布，美国将加强针对中国和俄罗斯的军事部署",
      ["五角大楼=USA", "美国=USA", "中国=CHN", "俄罗斯=RUS"],
    ],
    [
      "白宫和克里姆林宫都拒绝置评，唐宁街与爱丽舍宫保持沉默",
      ["白宫=USA", "克里姆林宫=RUS", "唐宁街=GBR", "爱丽舍宫=FRA"],
    ],
    ["平壤、首尔和东京的反应各不相同", ["平壤=PRK", "首尔=KOR", "东京=JPN"]],
    ["中国军队派出了几艘驱逐舰", ["中国军队=CHN"]],
    ["美国政府不仅对俄罗斯与朝鲜的合作表示谴责", ["美国政府=USA", "俄罗斯=RUS", "朝鲜=PRK"]],
    ["台湾智库高等政策研究协会秘书长说", ["台湾=TWN"]],
    ["中华民国政府迁台", ["中华民国政府=CHN"]],
    [
      "Moscow and Washington traded accusations; the Kremlin denied it.",
      ["Moscow=RUS", "Washington=USA", "Kremlin=RUS"],
    ],
    [
      "Russian troops entered Ukraine while the White House and the Pentagon met.",
      ["Russian=RUS", "Ukraine=UKR", "White House=USA", "Pentagon=USA"],
    ],
    ["North Korea and South Korea; the DPRK and the US.", ["North Korea=PRK", "South Korea=KOR", "DPRK=PRK", "US=USA"]],
    ["USB sticks and Indiana are not states; Nigeria is.", ["Nigeria=NGA"]],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("findMentions: short forms with actor suffixes and prefixes", () => {
  it.each([
    ["俄方表示，美军和乌军都在增兵", ["俄方=RUS", "美军=USA", "乌军=UKR"]],
    ["中方重申了一条原则", ["中方=CHN"]],
    ["俄外长最新涉华表态", ["俄外长=RUS", "华=CHN"]],
    ["拉夫罗夫刚结束访华", ["拉夫罗夫=RUS", "华=CHN"]],
    ["日方和韩方官员", ["日方=JPN", "韩方=KOR"]],
    ["以军空袭加沙，伊方谴责", ["以军=ISR", "伊方=IRN"]],
    ["美国对华政策，驻日美军，援乌物资", ["美国=USA", "华=CHN", "日=JPN", "美军=USA", "乌=UKR"]],
    ["抗美援朝战争", ["美=USA", "朝=PRK"]],
    ["美国之音报道", ["美国=USA"]],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("findMentions: joint abbreviations", () => {
  it.each([
    ["俄朝结盟引发全球震荡", ["俄朝=RUS+PRK"]],
    ["(普京 中俄军事结盟)", ["普京=RUS", "中俄=CHN+RUS"]],
    ["中俄加深非正式同盟关系", ["中俄=CHN+RUS"]],
    ["中俄不用缔结同盟,俄外长通告全球", ["中俄=CHN+RUS", "俄外长=RUS"]],
    ["分化中日关系并孤立日本", ["中日=CHN+JPN", "日本=JPN"]],
    ["双方有可能建立类似“澳英美”(AUKUS)三边协定", ["澳英美=AUS+GBR+USA"]],
    ["在俄乌冲突仍在持续的背景下", ["俄乌=RUS+UKR"]],
    ["可能被拉进俄乌冲突这个泥潭", ["俄乌=RUS+UKR"]],
    ["美以尿了", ["美以=USA+ISR"]],
    ["一次越界打击揭开美以裂痕", ["美以=USA+ISR"]],
    ["习近平出席中俄蒙元首第六次会晤", ["习近平=CHN", "中俄蒙=CHN+RUS+MNG"]],
    ["美日印澳四国外长会晤", ["美日印澳=USA+JPN+IND+AUS"]],
    ["巴以冲突持续升级", ["巴以=PSE+ISR"]],
    ["中巴经济走廊建设", ["中巴=CHN+PAK"]],
    ["13日中美两国元首通话", ["中美=CHN+USA"]],
    ["影响中美关系的因素", ["中美=CHN+USA"]],
    ["推动中美俄三国合作", ["中美俄=CHN+USA+RUS"]],
    ["推进中俄蒙合作提出四点建议", ["中俄蒙=CHN+RUS+MNG"]],
    ["英法德三国发表联合声明", ["英法德=GBR+FRA+DEU"]],
    ["美英澳核潜艇合作问题", ["美英澳=USA+GBR+AUS"]],
    ["以美日为首的国家", ["美日=USA+JPN"]],
    ["以土两国决定恢复外交关系", ["以土=ISR+TUR"]],
    ["美加边境逮捕了数十名", ["美加=USA+CAN"]],
    ["强烈反对美日韩强化军事合作", ["美日韩=USA+JPN+KOR"]],
    ["众所周知，中、俄并不是传统的盟友", ["中、俄=CHN+RUS"]],
    ["目前美、日、韩三国都表示关切", ["美、日、韩=USA+JPN+KOR"]],
    ["双方尽早就中韩自贸协定达成一致", ["中韩=CHN+KOR"]],
    ["为俄中新时代全面战略协作伙伴关系注入新动力", ["俄中=RUS+CHN"]],
    ["推动中老命运共同体建设，老方表示感谢", ["中老=CHN+LAO", "老方=LAO"]],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("findMentions: a short form opening a clause before a verb", () => {
  it.each([
    ["俄称摧毁乌军无人机", ["俄=RUS", "乌军=UKR"]],
    ["俄打蒙古牌施压北京", ["俄=RUS", "蒙古=MNG", "北京=CHN"]],
    ["（2）韩将举行大选", ["韩=KOR"]],
    ["苏打水很便宜", []],
    ["朝向东方的窗户", []],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("findMentions: ambiguous short forms read by the state named in full", () => {
  it.each([
    ["伊拉克总理表示，伊中关系友好", ["伊拉克总理=IRQ", "伊中=IRQ+CHN"]],
    ["伊朗外长表示，伊中关系友好", ["伊朗外长=IRN", "伊中=IRN+CHN"]],
    ["巴林国王表示，巴方重视合作", ["巴林国王=BHR", "巴方=BHR"]],
    ["巴基斯坦总理表示巴中友谊牢不可破", ["巴基斯坦总理=PAK", "巴中=PAK+CHN"]],
    ["巴方表示愿加强合作，巴勒斯坦总统说", ["巴方=PSE", "巴勒斯坦总统=PSE"]],
    ["伊方表示反对", ["伊方=IRN"]],
    ["巴西众议长来访。以军空袭巴方难民营，巴勒斯坦卫生部门说", ["巴西=BRA", "以军=ISR", "巴方=PSE", "巴勒斯坦=PSE"]],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("findMentions: false-positive traps", () => {
  it.each([
    ["中美洲国家和南美国家", []],
    ["拉美国家、北美和欧美国家", []],
    ["日本", ["日本=JPN"]],
    ["美元汇率走低，美联储加息", []],
    ["英文报道和英语教学", []],
    ["法国总统", ["法国总统=FRA"]],
    ["中东局势紧张，中亚五国", []],
    ["以及以来，伊始之时", []],
    ["乌云密布，朝着目标前进", []],
    ["日前美好生活", []],
    ["东欧和欧盟都表态", []],
    ["其中方法很多，其中美国最多", ["美国=USA"]],
    ["完美方案", []],
    ["美美与共", []],
    ["美德是一种品质，哈哈大笑", []],
    ["从中国进口，一个中国原则，提高中国地位，当中国崛起", ["中国=CHN", "中国=CHN", "中国=CHN", "中国=CHN"]],
    ["是以色列的盟友，飞越南海", ["以色列=ISR"]],
    ["发展中国家和不法军火商", []],
    ["父亲以被华侨誉为英雄", []],
    ["以德为先，以德服人", []],
    ["以英、美两国的例子作比较", []],
    ["依法治国，以法律为准绳", []],
    ["乌鲁木齐今日和哈尔滨今日", []],
    ["来日方长，节日方面", []],
    ["朝鲜半岛和印度洋", []],
    ["实践中法律的作用", []],
    ["王朝方面，清朝灭亡", ["清朝=CHN"]],
    ["一中原则", []],
    ["中非合作论坛", []],
    ["马里兰州和新泽西州", []],
    ["沿海地区", []],
    ["勇士队主教练科尔", []],
    ["哈伊高铁开工", []],
    ["大清洗时期", []],
    ["丹尼什‧德苏萨", []],
    ["在战争中以军事手段解决", []],
    ["越来越多的人", []],
    ["土地和领土", []],
    ["中、英文对照", []],
    ["美俄亥俄州列车脱轨，美国新墨西哥州发生山火", ["美国=USA"]],
    ["老百姓、老人和中老年人，越老越好，养老方面", []],
    ["俄罗斯专家德米特里·特列宁说", ["俄罗斯=RUS"]],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("findMentions: leaders", () => {
  it.each([
    ["俄罗斯总统普京与朝鲜领导人金正恩会晤", ["俄罗斯总统=RUS", "普京=RUS", "朝鲜领导人=PRK", "金正恩=PRK"]],
    ["中国国家主席习近平会见美国总统拜登", ["中国国家主席=CHN", "习近平=CHN", "美国总统=USA", "拜登=USA"]],
    ["美国重回白宫的特朗普继续加码施压，川普说", ["美国=USA", "白宫=USA", "特朗普=USA", "川普=USA"]],
    ["沙皇亚历山大三世时代", ["亚历山大三世=RUS"]],
    ["弗拉基米尔•普京和 Vladimir Putin", ["弗拉基米尔•普京=RUS", "Vladimir Putin=RUS"]],
    ["蔡英文和马英九", ["蔡英文=TWN", "马英九=TWN"]],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it("gives leader mentions kind 'leader', a slug key and the state", () => {
    const [m] = findMentions("拉夫罗夫说");
    expect(m).toMatchObject({
      kind: "leader",
      key: "leader:sergey-lavrov",
      states: ["country:RUS"],
      start: 0,
      end: 4,
      via: "leader",
    });
  });

  it("gives joint mentions the first member as key", () => {
    const [m] = findMentions("中俄关系");
    expect(m).toMatchObject({
      kind: "country",
      key: "country:CHN",
      states: ["country:CHN", "country:RUS"],
      via: "joint",
    });
  });

  it("returns sorted, non-overlapping offsets into the searched text", () => {
    const text = "中国国家主席习近平与俄罗斯总统普京在北京一起检阅军事仪仗队。中俄两国关系，俄方、美军、乌军";
    const ms = findMentions(text);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.surface);
    for (let i = 1; i < ms.length; i++) expect(ms[i].start).toBeGreaterThanOrEqual(ms[i - 1].end);
  });
});
