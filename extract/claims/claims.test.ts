import { describe, expect, it } from "vitest";
import { splitSentences } from "../text/sentences";
import { extractClaims } from "./index";
import { testDoc, testMentions } from "./test-mentions";

/** Claims of a text as "relation SRC>TGT status" (symmetric relations have sorted keys). */
function claimsOf(text: string): string[] {
  const doc = testDoc(text, "2024-06-01");
  return extractClaims(doc, splitSentences(text), testMentions(text)).map(
    (c) => `${c.relation} ${c.source.slice(8)}>${c.target.slice(8)} ${c.status}`,
  );
}

interface Case {
  text: string;
  has: string[];
  not?: string[];
}

function run(cases: Record<string, Case>): void {
  it.each(Object.entries(cases))("%s", (_name, c) => {
    const got = claimsOf(c.text);
    for (const h of c.has) expect(got, `expected ${h} in ${JSON.stringify(got)}`).toContain(h);
    for (const n of c.not ?? []) expect(got, `did not expect ${n}`).not.toContain(n);
  });
}

describe("ally triggers", () => {
  run({
    A与B结盟: { text: "据悉，伊朗与叙利亚早已结盟。", has: ["ally IRN>SYR asserted"] },
    A和B是盟友: { text: "日本和美国是盟友。", has: ["ally JPN>USA asserted"] },
    A是B的盟友: { text: "英国是美国最亲密的盟国。", has: ["ally GBR>USA asserted"] },
    "joint form + 同盟": { text: "美日同盟正在加强。", has: ["ally JPN>USA asserted"] },
    A与B站在一起: { text: "在这场危机中，英国与法国站在一起。", has: ["ally FRA>GBR asserted"] },
    "joint defence: allies and a common enemy": {
      text: "德国与法国宣布共同防御俄罗斯。",
      has: ["ally DEU>FRA asserted", "opposes DEU>RUS asserted", "opposes FRA>RUS asserted"],
    },
    "A及其盟友 names no second state": { text: "美国及其盟友对此表示关切。", has: [], not: ["ally USA>USA asserted"] },
    "美国及其盟友 with another state in the clause": {
      text: "中国力图减少美国及其盟友在亚洲的作用。",
      has: [],
      not: ["ally CHN>USA asserted", "ally CHN>USA speculative"],
    },
    "a lone state with 盟友 gives nothing": { text: "印度只有两个盟友。", has: [] },
  });
});

describe("partner triggers", () => {
  run({
    A与B的合作: { text: "印度与越南的合作不断深化。", has: ["partner IND>VNM asserted"] },
    "A和B…合作 (comitative reaching over words)": {
      text: "法国近日与南方邻国德国在能源领域开展合作。",
      has: ["partner DEU>FRA asserted"],
    },
    A成为B的贸易伙伴: { text: "越南在2019年成为日本第三大贸易伙伴。", has: ["partner JPN>VNM asserted"] },
    A作为B的伙伴: { text: "土耳其作为伊朗的重要贸易伙伴，进口了大量石油。", has: ["partner IRN>TUR asserted"] },
    "joint exercise": { text: "今年5月，印度和日本举行了联合军演。", has: ["partner IND>JPN asserted"] },
    "exercise near a state is no partnership": {
      text: "俄罗斯在靠近乌克兰的地区举行军事演习。",
      has: [],
      not: ["partner RUS>UKR asserted"],
    },
    "签署…协议": { text: "英国与澳大利亚签署了自由贸易协议。", has: ["partner AUS>GBR asserted"] },
    "加强…关系": { text: "菲律宾去年加强了与日本的防务关系。", has: ["partner JPN>PHL asserted"] },
    "维持…联系": { text: "德国仍在维持与伊朗的经济联系。", has: ["partner DEU>IRN asserted"] },
    A向B出售武器: { text: "法国向印度出售了36架战机。", has: ["partner FRA>IND asserted"] },
    A援助B: { text: "日本援助越南修建了港口。", has: ["partner JPN>VNM asserted"] },
    "关系…密切": { text: "以色列与印度的关系日益密切。", has: ["partner IND>ISR asserted"] },
    "a third state outside the pair is not a partner": {
      text: "美国阻挠法国与德国的合作。",
      has: ["partner DEU>FRA asserted"],
      not: ["partner FRA>USA asserted", "partner DEU>USA asserted"],
    },
  });
});

describe("non-aligned", () => {
  run({
    不结盟: { text: "印度和俄罗斯的关系坚持不结盟、不对抗。", has: ["non-aligned IND>RUS asserted"] },
    "joint form + 结伴不结盟": {
      text: "中俄结伴不结盟。",
      has: ["non-aligned CHN>RUS asserted"],
      not: ["ally CHN>RUS asserted"],
    },
    "不针对第三方 carried from the clause subject": {
      text: "中俄合作有明确原则，即不针对第三方。",
      has: ["non-aligned CHN>RUS asserted", "partner CHN>RUS asserted"],
    },
    "没有支持…保持中立": {
      text: "土耳其在冲突中没有支持俄罗斯，而是宣布保持中立。",
      has: ["non-aligned RUS>TUR asserted", "partner RUS>TUR negated"],
      not: ["partner RUS>TUR asserted"],
    },
    "中立 between two sides": {
      text: "越南在中国和美国之间保持中立。",
      has: ["non-aligned CHN>VNM asserted", "non-aligned USA>VNM asserted"],
    },
  });
});

describe("opposes and its direction", () => {
  run({
    A制裁B: { text: "美国宣布制裁伊朗。", has: ["opposes USA>IRN asserted"], not: ["opposes IRN>USA asserted"] },
    A对B实施制裁: {
      text: "英国对叙利亚实施了新一轮制裁。",
      has: ["opposes GBR>SYR asserted"],
      not: ["opposes SYR>GBR asserted"],
    },
    B遭遇了A的制裁: {
      text: "伊朗遭遇了美国的严厉制裁。",
      has: ["opposes USA>IRN asserted"],
      not: ["opposes IRN>USA asserted"],
    },
    B遭到A的入侵: {
      text: "伊拉克在2003年遭到美国入侵。",
      has: ["opposes USA>IRQ asserted"],
      not: ["opposes IRQ>USA asserted"],
    },
    B被A占领: { text: "该岛曾被日本占领，后来归还菲律宾。", has: [] },
    A向B发出警告: {
      text: "以色列向伊朗发出严厉警告。",
      has: ["opposes ISR>IRN asserted"],
      not: ["opposes IRN>ISR asserted"],
    },
    "A针对B的部署 with a list": {
      text: "美国将加强针对中国和俄罗斯的导弹部署。",
      has: ["opposes USA>CHN asserted", "opposes USA>RUS asserted"],
      not: ["opposes CHN>RUS asserted"],
    },
    A在B附近集结重兵: { text: "据报道，俄罗斯在乌克兰边境集结重兵。", has: ["opposes RUS>UKR asserted"] },
    "nested: warning about a build-up": {
      text: "英国官员就俄罗斯在乌克兰附近集结兵力向莫斯科发出警告。",
      has: ["opposes RUS>UKR asserted", "opposes GBR>RUS asserted"],
      not: ["opposes GBR>UKR asserted"],
    },
    "A与B发生冲突 is mutual": {
      text: "印度与巴基斯坦在边境发生冲突。",
      has: ["opposes IND>PAK asserted", "opposes PAK>IND asserted"],
    },
    "a list opposing an object does not oppose itself": {
      text: "越南、菲律宾等多国开始对抗中国的扩张。",
      has: ["opposes VNM>CHN asserted", "opposes PHL>CHN asserted"],
      not: ["opposes VNM>PHL asserted", "opposes PHL>VNM asserted"],
    },
    "serial verbs: 联手对抗": {
      text: "中俄联手对抗美国。",
      has: ["partner CHN>RUS asserted", "opposes CHN>USA asserted", "opposes RUS>USA asserted"],
      not: ["opposes CHN>RUS asserted"],
    },
    "A和B的战争 is mutual": {
      text: "伊朗和伊拉克的战争持续了八年。",
      has: ["opposes IRN>IRQ asserted", "opposes IRQ>IRN asserted"],
    },
    "joint form + 冲突 inside a hypothetical keeps the conflict": {
      text: "如果局势失控，土耳其可能被拖入俄乌冲突。",
      has: ["opposes RUS>UKR asserted"],
    },
    A谴责B: { text: "法国强烈谴责叙利亚的袭击。", has: ["opposes FRA>SYR asserted"] },
    "zero subject carried from the first clause": {
      text: "美国宣布增兵中东，以威慑伊朗。",
      has: ["opposes USA>IRN asserted"],
    },
    "condemning a pair's cooperation opposes both": {
      text: "美国对伊朗与叙利亚的合作表示谴责。",
      has: ["opposes USA>IRN asserted", "opposes USA>SYR asserted", "partner IRN>SYR asserted"],
    },
    "其 stands for the clause subject": {
      text: "俄罗斯称叙利亚支持其打击土耳其的行动。",
      has: ["opposes RUS>TUR asserted"],
      not: ["opposes SYR>TUR asserted"],
    },
    "the object is not the head of another relation phrase": {
      text: "法国学者集会抗议北约拱火俄乌冲突。",
      has: ["opposes RUS>UKR asserted"],
      not: ["opposes FRA>RUS asserted", "opposes FRA>UKR asserted"],
    },
    "对B的(nominal trigger) before a later predicate: B owns it": {
      text: "日本对越南的援助计划表示担忧，英国则对伊朗的制裁发出警告。",
      has: ["opposes GBR>IRN asserted"],
      not: ["partner JPN>VNM asserted"],
    },
    "对B的制裁 alone: B is the target": { text: "美国对伊朗的制裁仍在继续。", has: ["opposes USA>IRN asserted"] },
    "an embedded clause under 对": {
      text: "印度对日本向越南出售武器表示不满。",
      has: ["partner JPN>VNM asserted"],
      not: ["partner IND>JPN asserted", "partner IND>VNM asserted"],
    },
    "a passive with no agent gives no claim": { text: "伊朗遭到制裁后，叙利亚也受到影响。", has: [] },
    "把B视为对手: how A regards B, one direction": {
      text: "他还说，中国把美国总统视作为“一个非常强悍的对手”。",
      has: ["opposes CHN>USA asserted"],
      not: ["opposes USA>CHN asserted"],
    },
    "A与B互为对手 stays mutual": {
      text: "印度与巴基斯坦互为对手。",
      has: ["opposes IND>PAK asserted", "opposes PAK>IND asserted"],
    },
    "named war: the state of the next clause fought it": {
      text: "在伊拉克战争后，美国在中东的威信下降。",
      has: ["opposes USA>IRQ asserted"],
    },
  });
});

describe("negation", () => {
  run({
    "不是盟友 flips to non-aligned": {
      text: "印度与美国不是盟友。",
      has: ["ally IND>USA negated", "non-aligned IND>USA asserted"],
      not: ["ally IND>USA asserted"],
    },
    没把B列为盟友: {
      text: "韩国政府一直没把日本列为“盟友”。",
      has: ["ally JPN>KOR negated", "non-aligned JPN>KOR asserted"],
      not: ["ally JPN>KOR asserted"],
    },
    并未结盟: { text: "伊朗和叙利亚并未正式结盟。", has: ["ally IRN>SYR negated"], not: ["ally IRN>SYR asserted"] },
    "拒绝…合作": {
      text: "印度拒绝与巴基斯坦合作。",
      has: ["partner IND>PAK negated"],
      not: ["partner IND>PAK asserted"],
    },
    不再支持: { text: "法国不再支持叙利亚政府。", has: ["partner FRA>SYR negated"] },
    "停止向…提供援助": {
      text: "美国宣布停止向伊拉克提供援助。",
      has: ["partner IRQ>USA negated"],
      not: ["partner IRQ>USA asserted"],
    },
    否认: { text: "俄罗斯否认与伊朗结盟。", has: ["ally IRN>RUS negated"] },
    "不仅 is no negation": { text: "英国不仅谴责伊朗，还宣布新的制裁。", has: ["opposes GBR>IRN asserted"] },
    "negating something else leaves the relation": {
      text: "专家说，没有必要担心印越合作。",
      has: [],
    },
    "a noun phrase relation is presupposed under a far negation": {
      text: "专家说，德国没有必要担心美日同盟。",
      has: ["ally JPN>USA asserted"],
    },
    "不是…而是": {
      text: "印度与俄罗斯不是同盟，而是伙伴。",
      has: ["ally IND>RUS negated", "non-aligned IND>RUS asserted"],
    },
  });
});

describe("hypotheticals, questions and speculation", () => {
  run({
    "如果…结盟": {
      text: "如果印度与美国结盟，南亚局势将改变。",
      has: ["ally IND>USA speculative"],
      not: ["ally IND>USA asserted"],
    },
    一旦: { text: "一旦伊朗入侵伊拉克，局势将失控。", has: ["opposes IRN>IRQ speculative"] },
    若: { text: "若日本与菲律宾结盟，双方将共同巡逻。", has: ["ally JPN>PHL speculative"] },
    要是: { text: "要是美国制裁印度，印度会怎么回应。", has: ["opposes USA>IND speculative"] },
    除非: { text: "除非英国与法国签署防务协议，否则合作有限。", has: ["partner FRA>GBR speculative"] },
    "如果说 is not a hypothetical": {
      text: "如果说印度与日本的合作是务实的，那么双方的互信仍然有限。",
      has: ["partner IND>JPN asserted"],
    },
    "为何…?": { text: "伊朗为何与叙利亚结盟？", has: ["ally IRN>SYR question"], not: ["ally IRN>SYR asserted"] },
    "…吗?": { text: "印度会与巴基斯坦开战吗？", has: ["opposes IND>PAK question"] },
    "是否 without a question mark": { text: "外界关注日本是否会制裁伊朗。", has: ["opposes JPN>IRN speculative"] },
    有可能建立: { text: "分析人士认为，印度和越南有可能建立军事同盟。", has: ["ally IND>VNM speculative"] },
    或将: { text: "英国或将对伊朗实施制裁。", has: ["opposes GBR>IRN speculative"] },
    会不会: { text: "外界担心土耳其会不会与叙利亚开战。", has: ["opposes SYR>TUR speculative"] },
    "希望 is a wish": { text: "伊朗希望印度支持其立场。", has: ["partner IND>IRN speculative"] },
    "a question in another clause does not reach": {
      text: "美国已经制裁伊朗，欧洲为何沉默？",
      has: ["opposes USA>IRN asserted"],
    },
  });
});

describe("reported speech, scare quotes and pretence", () => {
  run({
    "炒作“…同盟”": {
      text: "一些媒体开始炒作“美以军事同盟”的说法。",
      has: ["ally ISR>USA reported"],
      not: ["ally ISR>USA asserted"],
    },
    所谓: { text: "所谓的美日同盟并不存在。", has: ["ally JPN>USA reported"], not: ["ally JPN>USA asserted"] },
    西方媒体称: { text: "西方媒体称，伊朗与叙利亚已结成同盟。", has: ["ally IRN>SYR reported"] },
    据传: { text: "据传，越南将与菲律宾签署防务协议。", has: ["partner PHL>VNM reported"] },
    "an accusation covers its own clause only": {
      text: "英国指责伊朗与叙利亚结盟，并宣布制裁伊朗。",
      has: ["ally IRN>SYR reported", "opposes GBR>IRN asserted"],
      not: ["ally IRN>SYR asserted"],
    },
    "reporting stops at 但": {
      text: "有报道称伊朗与叙利亚结盟，但印度与日本签署了合作协议。",
      has: ["ally IRN>SYR reported", "partner IND>JPN asserted"],
    },
    "…的假象": { text: "英国制造了英法联合防御德国的假象。", has: ["ally FRA>GBR reported"] },
    "a named official's statement counts": {
      text: "拉夫罗夫表示，俄罗斯与印度的合作不针对第三方。",
      has: ["partner IND>RUS asserted"],
    },
    "a quotation without a scare cue is the speaker's statement": {
      text: "王毅说：“中国与俄罗斯是全面战略协作伙伴。”",
      has: ["partner CHN>RUS asserted"],
    },
  });
});

describe("两国 / 双方 resolution", () => {
  run({
    "两国 refers to the pair of the previous sentence": {
      text: "印度和日本外长昨日会谈。两国同意举行联合演习。",
      has: ["partner IND>JPN asserted"],
    },
    "两国 skips a state named in its own clause": {
      text: "中俄关系持续升温。美国对两国同时施压。",
      has: ["opposes USA>CHN asserted", "opposes USA>RUS asserted"],
    },
    "双方 after a visit": {
      text: "普京访问平壤，双方签署了全面合作协议。",
      has: ["partner PRK>RUS asserted"],
    },
    "appositive 两国 is not an anaphor": {
      text: "英国与法国外长会晤。中俄两国举行了军事演习。",
      has: ["partner CHN>RUS asserted"],
      not: ["partner FRA>GBR asserted"],
    },
    "两国 after two clause subjects": {
      text: "印度急需寻找新的伙伴。越南也在寻求外部支持。两国在压力下走向合作。",
      has: ["partner IND>VNM asserted"],
    },
    "双方 does not fall back to clause subjects": {
      text: "印度急需寻找新的伙伴。越南也在寻求外部支持。双方在压力下走向合作。",
      has: [],
    },
    "两国 after one state named in the sentence must include it": {
      text: "越南与菲律宾外长会晤。印度总理表示，愿继续加强两国关系。",
      has: [],
      not: ["partner PHL>VNM asserted"],
    },
    "冲突双方 is no anaphor": {
      text: "沙特和阿联酋呼吁停火。冲突双方互相指责对方袭击医院。",
      has: [],
    },
    // The pair's sentence yields no claim, so its view is built only when 两国 needs it.
    "两国 reaches back over a sentence without states": {
      text: "印度和日本外长昨日会谈。会谈持续了三个小时。两国同意举行联合演习。",
      has: ["partner IND>JPN asserted"],
    },
    "两国 reaches back through a 双方 sentence": {
      text: "印度和日本外长昨日会谈。会谈持续了三个小时。双方讨论了局势。两国同意举行联合演习。",
      has: ["partner IND>JPN asserted"],
    },
    "两国 does not reach past its window of three sentences": {
      text: "印度和日本外长昨日会谈。会谈持续了三个小时。会后发表了声明。声明很长。两国同意举行联合演习。",
      has: [],
      not: ["partner IND>JPN asserted"],
    },
  });
});

describe("no claim from co-occurrence", () => {
  run({
    "two states, no trigger": { text: "法国总统访问了德国。", has: [] },
    "one state and a trigger": { text: "美国宣布新的制裁措施。", has: [] },
    "a relation noun phrase does not act": {
      text: "分化中日关系并孤立日本。",
      has: [],
      not: ["opposes CHN>JPN asserted"],
    },
    "a clause with its own non-state subject takes no carried subject": {
      text: "法国强调，国际社会要共同打击叙利亚境内的恐怖组织。",
      has: [],
      not: ["opposes FRA>SYR asserted"],
    },
    "a topic phrase does not lend the next clause's subject": {
      text: "针对欧盟对伊朗实施制裁的提案，土耳其表示反对。",
      has: [],
      not: ["opposes TUR>IRN asserted"],
    },
    "an organisation is not its state": {
      text: "俄罗斯卫星通讯社报道，伊朗谴责以色列。",
      has: ["opposes IRN>ISR asserted"],
      not: ["opposes RUS>ISR asserted"],
    },
  });
});

describe("negation, doubt and allegation cues", () => {
  run({
    "难以结盟 is a denied alliance": {
      text: "印度与美国难以结盟。",
      has: ["ally IND>USA negated", "non-aligned IND>USA asserted"],
      not: ["ally IND>USA asserted"],
    },
    "不可能结成…同盟": {
      text: "专家认为，日本与菲律宾不可能结成军事同盟。",
      has: ["ally JPN>PHL negated"],
      not: ["ally JPN>PHL asserted"],
    },
    "不相信…会结成同盟 is a doubt": {
      text: "外界都不相信伊朗和叙利亚会结成军事同盟。",
      has: ["ally IRN>SYR speculative"],
      not: ["ally IRN>SYR asserted"],
    },
    "潜在的盟友 is not an ally yet": {
      text: "德国是法国潜在的盟友。",
      has: ["ally DEU>FRA speculative"],
      not: ["ally DEU>FRA asserted"],
    },
    "应该 is a wish": { text: "英国应该与日本加强合作。", has: ["partner GBR>JPN speculative"] },
    "据称 right before the relation reports it": {
      text: "据称印度向越南出售了导弹。",
      has: ["partner IND>VNM reported"],
      not: ["partner IND>VNM asserted"],
    },
    "退出 an agreement: it no longer holds": {
      text: "美国宣布退出与伊朗签署的协议。",
      has: ["partner IRN>USA negated"],
      not: ["partner IRN>USA asserted"],
    },
    "退出…并…: the withdrawal does not reach a coordinated relation": {
      text: "美国退出协议并重启对伊朗的制裁。",
      has: ["opposes USA>IRN asserted"],
    },
  });
});

describe("arms supply, suspended relations, interference", () => {
  run({
    "提供…坦克": { text: "英国将向乌克兰提供一批坦克。", has: ["partner GBR>UKR asserted"] },
    "A向B提供的武器 in a relative clause": {
      text: "波兰向乌克兰提供的战斗机已经运抵。",
      has: ["partner POL>UKR asserted"],
    },
    "暂停…关系 with a pair": {
      text: "日本宣布暂停与伊朗和叙利亚的全部经贸关系。",
      has: ["opposes JPN>IRN asserted", "opposes JPN>SYR asserted"],
      not: ["opposes IRN>SYR asserted"],
    },
    干涉: { text: "美国干涉叙利亚内政。", has: ["opposes USA>SYR asserted"] },
    "外交争端 between a pair": {
      text: "印度与英国爆发外交争端。",
      has: ["opposes IND>GBR asserted", "opposes GBR>IND asserted"],
    },
    批评: { text: "土耳其批评以色列。", has: ["opposes TUR>ISR asserted"] },
    "违反制裁 hides 反制": { text: "俄罗斯向朝鲜提供渠道违反制裁。", has: [], not: ["opposes RUS>PRK asserted"] },
    "制裁委员会 is a body": {
      text: "中国和俄罗斯出席了对伊朗制裁委员会的会议。",
      has: [],
      not: ["opposes CHN>IRN asserted", "opposes RUS>IRN asserted"],
    },
    "an exercise noun binds through a verb": { text: "日本和美国举行了军演。", has: ["partner JPN>USA asserted"] },
    "watching an exercise is no exercise": {
      text: "日本和美国都表示会关注军演。",
      has: [],
      not: ["partner JPN>USA asserted"],
    },
    "a war noun opening a clause takes no carried pair": {
      text: "中国和俄罗斯在向外界展示，贸易战只会促使他们合作。",
      has: [],
      not: ["opposes CHN>RUS asserted"],
    },
    "acting together against a third party": {
      text: "印度和日本将共同努力对抗恐怖主义。",
      has: [],
      not: ["opposes IND>JPN asserted"],
    },
    "阵营对抗 is no dyad": { text: "中国和德国都反对阵营对抗。", has: [], not: ["opposes CHN>DEU asserted"] },
  });
});

describe("context rules: who acts, who is acted on", () => {
  run({
    "a newspaper is not its country": {
      text: "英国《泰晤士报》报道，伊朗谴责以色列。",
      has: ["opposes IRN>ISR asserted"],
      not: ["opposes GBR>ISR asserted"],
    },
    "ships are not their flag state": {
      text: "中国和俄罗斯船只帮助了朝鲜。",
      has: [],
      not: ["partner CHN>PRK asserted", "partner PRK>RUS asserted"],
    },
    "an armed opposition is not the state": {
      text: "叙利亚反对派武装袭击了土耳其军队。",
      has: [],
      not: ["opposes SYR>TUR asserted"],
    },
    "lawmakers are not the state": { text: "法国议员批评英国。", has: [], not: ["opposes FRA>GBR asserted"] },
    "打X牌: X is played, it does not act": {
      text: "美国打印度牌遏制中国。",
      has: ["opposes USA>CHN asserted"],
      not: ["opposes IND>CHN asserted"],
    },
    "借助X: an instrument": {
      text: "俄罗斯借助朝鲜对美国施压。",
      has: ["opposes RUS>USA asserted"],
      not: ["opposes PRK>USA asserted"],
    },
    "与X…来 belongs to the means": {
      text: "俄罗斯试图通过与朝鲜走近来对抗美国。",
      has: ["opposes RUS>USA asserted"],
      not: ["opposes RUS>PRK asserted", "opposes PRK>USA asserted"],
    },
    "对与X…的国家: X is inside the target phrase": {
      text: "美国对与伊朗进行贸易的国家实施制裁。",
      has: [],
      not: ["opposes USA>IRN asserted"],
    },
    "对与X的合作: X takes part in the relation noun": {
      text: "俄罗斯对与中国的合作十分满意。",
      has: ["partner CHN>RUS asserted"],
    },
    "在A…的背景下: A is an embedded subject": {
      text: "中国和伊朗的合作是在美国加强对伊朗制裁的背景下发生的。",
      has: ["opposes USA>IRN asserted"],
      not: ["opposes CHN>IRN asserted"],
    },
    "a causative starts another predicate": {
      text: "美国对伊朗和俄罗斯的制裁使印度陷入困境。",
      has: ["opposes USA>IRN asserted", "opposes USA>RUS asserted"],
      not: ["opposes IRN>IND asserted", "opposes RUS>IND asserted", "opposes USA>IND asserted"],
    },
    "是 after a trigger used as a noun": {
      text: "美国对伊朗施加制裁是印度担心的问题。",
      has: ["opposes USA>IRN asserted"],
      not: ["opposes USA>IND asserted"],
    },
    "是 after a verb trigger": { text: "乌克兰指责是俄罗斯发动的袭击。", has: ["opposes UKR>RUS asserted"] },
    "对A和对B: two targets": {
      text: "法国批评美国对伊朗和对叙利亚的制裁。",
      has: ["opposes USA>IRN asserted", "opposes USA>SYR asserted"],
      not: ["opposes IRN>SYR asserted"],
    },
    "向B: a recipient, never an embedded subject": {
      text: "德国向法国提供的援助已经运抵法国。",
      has: ["partner DEU>FRA asserted"],
    },
    "被认为 does not make the trigger passive": {
      text: "俄罗斯的演习被认为针对中国。",
      has: ["opposes RUS>CHN asserted"],
    },
    "a reported clause with its own non-state subject": {
      text: "俄罗斯称西方向乌克兰提供武器极其危险。",
      has: [],
      not: ["partner RUS>UKR asserted"],
    },
    "a reported clause without a subject keeps the speaker": {
      text: "美国表示将向乌克兰提供武器。",
      has: ["partner UKR>USA asserted"],
    },
    "attending an exercise together": {
      text: "普京和习近平共同出席了军演。",
      has: ["partner CHN>RUS asserted"],
    },
    "an exercise noun as subject does not separate the agent": {
      text: "朝鲜此次演习是对韩国挑衅的反制。",
      has: ["opposes PRK>KOR asserted"],
    },
    "a verb with its own subject between": {
      text: "中方反对任何势力干涉越南内政。",
      has: [],
      not: ["opposes CHN>VNM asserted"],
    },
    "访X is a destination": {
      text: "特朗普叫停了访朝计划、批评中国。",
      has: ["opposes USA>CHN asserted"],
      not: ["opposes PRK>CHN asserted"],
    },
    "a state inside an article title": {
      text: "美国媒体刊登题为《美国无法阻止日本支持乌克兰》的文章。",
      has: [],
      not: ["partner JPN>UKR asserted"],
    },
    "a pronoun after a named target is no second target": {
      text: "美国向印度施压希望其停止进口石油。",
      has: ["opposes USA>IND asserted"],
      not: ["opposes IND>USA asserted"],
    },
    "a 与-phrase after other words is no object": {
      text: "美国空袭的目标与伊朗没有关联。",
      has: [],
      not: ["opposes USA>IRN asserted"],
    },
    "condemning a joint exercise opposes those who hold it": {
      text: "朝鲜谴责美日联合军演。",
      has: ["opposes PRK>USA asserted", "opposes PRK>JPN asserted", "partner JPN>USA asserted"],
    },
    "a passive with no state agent": {
      text: "伊朗受到国际制裁时，中国商品大量进入伊朗。",
      has: [],
      not: ["opposes IRN>CHN asserted"],
    },
    "与A、B签署: the subject signs with each": {
      text: "俄罗斯遵守与中国、美国签署的协议。",
      has: ["partner CHN>RUS asserted", "partner RUS>USA asserted"],
      not: ["partner CHN>USA asserted"],
    },
  });
});

describe("claim fields", () => {
  it("quotes the sentence as in the text, dates it and records the trigger", () => {
    const text = "背景。1960年代，印度与巴基斯坦爆发边境冲突。";
    const [claim] = extractClaims(testDoc(text, "2021-12-05", "d.txt"), splitSentences(text), testMentions(text));
    expect(claim).toMatchObject({
      relation: "opposes",
      doc: "d.txt",
      status: "asserted",
      trigger: "边境冲突",
      lang: "zh",
      sentence: { start: 3, end: text.length, text: "1960年代，印度与巴基斯坦爆发边境冲突。" },
      time: { start: "1960", end: "1969", source: "text" },
    });
  });

  it("falls back to the publication date", () => {
    const text = "英国谴责伊朗。";
    const [claim] = extractClaims(testDoc(text, "2021-12-05"), splitSentences(text), testMentions(text));
    expect(claim.time).toEqual({ start: "2021-12-05", end: "2021-12-05", source: "document" });
  });
});
