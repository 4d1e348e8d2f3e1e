import type { Random } from "@/lib/demo/prng";

/**
 * Material for demo comments on the seed article (the OpenAI board crisis):
 * names and phrase pools that read like a Chinese comment section, combined
 * at random with quotes of the article itself.
 */

export const DEMO_NAMES = [
  "林晓", "王若溪", "陈一鸣", "张子墨", "李思远", "赵文博", "刘雨桐", "周亦凡", "吴昊然", "徐静怡",
  "孙嘉树", "马天宇", "朱小北", "胡适之的猫", "郭襄", "何以琛", "高远", "罗小黑", "梁晨", "宋雨琦",
  "郑在看", "谢谢你的瓜", "韩梅梅", "唐不甜", "冯大仙", "董事会观察员", "硅谷吃瓜群众", "AI老炮", "产品狗小王", "读书的猫",
  "算力焦虑症", "深夜调参侠", "北京码农", "杭州投资人", "深圳硬件佬", "上海的风", "成都闲人", "一只小透明", "不想加班", "清华园路人甲",
  "薛定谔的喵", "阿尔法狗粮",
] as const;

const OPENERS = [
  "这段写得很到位，",
  "这里其实有个细节：",
  "说实话看到这里我笑了，",
  "这一段的信息量很大。",
  "作为从业者补充一点：",
  "有点不同意作者的说法，",
  "这句话是全文的重点。",
  "我觉得这里把因果说反了，",
  "看到这段想起了乔布斯当年被赶出苹果，",
  "划重点：",
  "冷知识：",
  "",
  "",
];

const POINTS = [
  "董事会只要三票就能把CEO赶走，这个治理结构本身就埋了雷。",
  "非营利组织控制营利公司，本来就是在走钢丝。",
  "微软这次反应之快，说明它早就准备好了B计划。",
  "员工联名信才是真正的转折点，七百多人一起表态，董事会根本扛不住。",
  "Ilya的出发点可能真的是安全，但做法太粗糙了。",
  "所谓的“不坦诚”到底指什么，到现在也没有说清楚。",
  "说到底还是钱的问题，算力太贵了，不商业化根本活不下去。",
  "安全派和加速派的矛盾不是这一次才出现的，Anthropic当年就是这么分出去的。",
  "独立董事和AI行业几乎没有关系，却握着最关键的投票权，这太魔幻了。",
  "Altman的人脉和融资能力确实是OpenAI的核心资产之一。",
  "这件事对整个行业的启示是：公司治理和技术路线同样重要。",
  "投资人没有董事会席位，只能靠舆论和员工施压，这种结构很少见。",
  "如果Altman真的去了微软，OpenAI的人才会大量流失。",
  "临时CEO几天换了三个，放在任何公司都是灾难。",
  "GPT-4的负责人都辞职了，可见研究团队是站在Altman这边的。",
  "AGI到底由谁来控制，这个问题比谁当CEO重要得多。",
  "开发者大会上发布的GPTs，可能就是压垮骆驼的最后一根稻草。",
  "微软投了上百亿美元却没有董事会席位，这次之后肯定要争一个观察员席位。",
  "最惨的是那些等着要约收购套现的员工。",
  "媒体报道的时间线前后有出入，还是等当事人自己复盘吧。",
  "乔布斯回归用了十二年，Altman只用了五天，时代真的变了。",
  "技术安全和商业速度之间没有标准答案，只有不断的权衡。",
  "这种公司结构在国内基本不可能出现。",
  "董事会的公告写得这么草率，公关团队是不是也被蒙在鼓里？",
  "说白了，谁掌握算力和资金，谁就掌握话语权。",
  "一个以非营利自居的机构，估值却冲到了几百亿美元，矛盾迟早要爆发。",
  "Greg辞职那条推文写得很克制，反而更有力量。",
  "Twitch前高管来当临时CEO，这个人选本身就说明董事会有多慌。",
];

const CLOSERS = [
  "",
  "",
  "",
  "大家怎么看？",
  "拭目以待。",
  "只能说吃瓜吃到撑。",
  "😂",
  "细思极恐。",
  "期待后续。",
  "一家之言，欢迎讨论。",
  "这剧情编剧都不敢这么写。",
  "（个人观点）",
];

const QUOTE_REACTIONS = [
  "这句话我反复看了三遍。",
  "这个说法有待商榷。",
  "精辟。",
  "这就是问题的核心。",
  "翻译一下：董事会慌了。",
  "换个角度看，这未必是坏事。",
  "作者这里的态度很明显了。",
  "有没有更详细的出处？",
];

const HEADING_REMARKS = ["这个小标题起得好。", "标题有点党，但内容还行。", "这一节是全文最精彩的部分。", "这一节建议反复读。"];
const FIGURE_REMARKS = ["这张截图是哪天的？", "推文原文能放个链接吗？", "配图选得好，表情到位。", "这条推文当时转发量巨大。"];

const REPLY_OPENERS = ["同意，", "不太认同，", "补充一点：", "其实没这么简单，", "确实，", "换个角度，", "你说的这个我查了一下，", ""];
const SHORT_REPLIES = [
  "楼上说得对。",
  "哈哈哈哈这个比喻绝了",
  "有出处吗？想看看原文。",
  "+1",
  "这个角度没想到，学到了。",
  "感觉你对Ilya有误解。",
  "说得好，但我保留意见。",
  "同问。",
  "**赞同**，尤其是后半句。",
  "太真实了。",
];

export type BodyContext = {
  /** Text of the block the comment hangs on, or of some paragraph for article-wide comments. */
  blockText: string;
  blockKind: "PARAGRAPH" | "HEADING" | "FIGURE" | "ARTICLE";
};

/** A passage of the article, whole clauses where possible, exactly as printed (for quoting). */
export function excerpt(random: Random, text: string): string {
  const clauses = text.trim().match(/[^,，。;；:：!！?？]+[,，。;；:：!！?？]*/g) ?? [text.trim()];
  let start = random.int(0, clauses.length - 1);
  // Begin early enough that the passage can reach a readable length.
  while (start > 0 && clauses.slice(start).join("").length < 12) start -= 1;
  let passage = "";
  for (const clause of clauses.slice(start)) {
    if (passage.length >= 12 && passage.length + clause.length > 60) break;
    passage += clause;
  }
  return passage.replace(/[,，;；:：]$/, "");
}

function points(random: Random, count: number): string {
  return random.shuffle(POINTS).slice(0, count).join("");
}

/** A top-level comment about a block (or the whole article). */
export function rootBody(random: Random, context: BodyContext): string {
  if (context.blockKind === "HEADING" && random.chance(0.6)) return `${random.pick(HEADING_REMARKS)}${random.pick(CLOSERS)}`;
  if (context.blockKind === "FIGURE" && random.chance(0.7)) return random.pick(FIGURE_REMARKS);
  if (random.chance(0.25)) {
    return `> ${excerpt(random, context.blockText)}\n\n${random.pick(QUOTE_REACTIONS)}${random.chance(0.5) ? points(random, 1) : ""}`;
  }
  const pointCount = random.chance(0.15) ? 3 : random.chance(0.4) ? 2 : 1;
  return `${random.pick(OPENERS)}${points(random, pointCount)}${random.pick(CLOSERS)}`;
}

/** A reply; `answered` is the name of whom it answers, sometimes mentioned. */
export function replyBody(random: Random, answered: string): string {
  const mention = random.chance(0.2) ? `@${answered} ` : "";
  if (random.chance(0.35)) return `${mention}${random.pick(SHORT_REPLIES)}`;
  return `${mention}${random.pick(REPLY_OPENERS)}${points(random, random.chance(0.2) ? 2 : 1)}${random.chance(0.3) ? random.pick(CLOSERS) : ""}`;
}

/** The body before an edit: the final text without its last sentence, or with a typo fixed later. */
export function earlierVersion(random: Random, body: string): string {
  const sentences = body.split(/(?<=[。!?！？])/).filter((part) => part.length > 0);
  if (sentences.length > 1 && random.chance(0.6)) return sentences.slice(0, -1).join("");
  const typo = body.replace("的", "得");
  return typo !== body ? typo : `${body}。`;
}
