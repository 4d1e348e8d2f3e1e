import type { AnchorMethod, Block } from "./types";

// Revision pairs for re-anchoring tests: the first 30 paragraphs of the seed
// article (ASCII "," "!" ":" mixed into Chinese, "Open AI" and "(来源:X)"
// repeated) and edits of the kinds authors make between revisions.

export const BASE_BLOCKS: readonly Block[] = [
  { anchor: "p00", text: "不回了!Open AI宫斗大反转" },
  { anchor: "p01", text: "原创16 天前13.7k\nAI人才超市开张" },
  { anchor: "p02", text: "“周六解雇,周日和解,周一回去上班。原本吃瓜群众以为Sam Altman会照着乔布斯的剧本来演。" },
  { anchor: "p03", text: "这Altman以为自己回来靠谱了,周日带着访客证记录推文一则“这是我第一次也是最后一次戴这玩意儿来这儿了" },
  { anchor: "p04", text: "(来源:X)" },
  { anchor: "p05", text: "结果剧本又给Open AI董事会撕烂了,“不好意思!我们找到人了。内外逼宫下的董事会决定一条路走到黑,硬是不让人回来,还任命了新的临时CEO(Twitch前高管埃米特·谢尔)。" },
  { anchor: "p06", text: "看着自己培养的合作伙伴彻底黑化,微软大哥倒吸一口凉气,不要是吧,那来我这干吧。目前这一幕,以Open AI前高管Sam Altman和Greg Brockman加入微软新AI研究团队结束。" },
  { anchor: "p07", text: "(来源:X)" },
  { anchor: "p08", text: "王者归来,乔布斯花了整整12年。Open AI的内部矛盾,从公司成立,到大模型作为商业化工具大范围推广时一直存在,作为一个以非营利标签自居,亟需融资继续生存的商业实体,商业营利和技术安全不一致的冲突让天秤加速倾斜。" },
  { anchor: "p09", text: "01" },
  { anchor: "p10", text: "被“流放”48小时" },
  { anchor: "p11", text: "简单回顾一下此次“政变”,公司前总裁Greg Brockman(与Sam一同被董事会除名,后自行辞去职务)在事发后提供了事情的详细经过。" },
  { anchor: "p12", text: "大意就是,公司首席科学家兼董事会成员Ilya主导了此次“政变”,先后在两人不在场的情况下,召开会议将Sam和Greg除名,Sam被直接解雇,原本可以留下来的Greg火速辞职。除了接任CEO的米拉在前一天晚上知晓,管理团队其他成员都是临时才知道这次人事巨震。" },
  { anchor: "p13", text: "同一时间,Open AI官网迅速发布一篇文章宣布Sam Altman被解雇的决定,在阐释原因时用了“始终不坦诚”的评价形容Altman和董事会的沟通,使得董事会对他的领导失去了信心。" },
  { anchor: "p14", text: "(来源:Open AI公告)" },
  { anchor: "p15", text: "Sam和Greg,一个CEO,一个总裁兼董事会主席,先后被董事会赶出门是什么感受?" },
  { anchor: "p16", text: "一脸懵逼。" },
  { anchor: "p17", text: "(来源:X)" },
  { anchor: "p18", text: "Sam被逐出公司后,投资人立马坐不住了。" },
  { anchor: "p19", text: "连Open AI最大的金主爸爸,微软同样为Altman被解雇的决定感到措手不及,他们声称事先并不知情,而是等到决定做出前那几分钟才知晓。" },
  { anchor: "p20", text: "ChatGPT能取得这么快的进展并不是Altman一个人的功劳,但将ChatGPT成功商业化,为公司带来百亿美元融资却要仰仗Altman早年在创投圈积累的强大人脉和资源。没了他充当公司的门面,竞争对手追赶Open AI的机会将大大提升。" },
  { anchor: "p21", text: "况且Open AI还在为新一轮融资进行着谈判,外界投资者本要向Open AI员工所持股份进行要约收购,身为融资高手的Altman一走,要约收购就没办法顺利进行下去。" },
  { anchor: "p22", text: "由于这些投资人没有董事会席位,对公司治理没有决策权,与之紧密沟通的Altman就是他们选出的代理人,他在公司的地位和外部投资人的利益攸关,因此在其离职后开始向公司董事会施压,要求让Altman“官复原职”。" },
  { anchor: "p23", text: "但员工已经开始逼宫。" },
  { anchor: "p24", text: "部分OpenAI 的员工要求在北美时间周六下午5点前,整个董事会必须集体辞职,并迎回Altman,否则他们就会辞职并跟随Altman。临时CEO Mira Murati、首席战略官Jason Kwon、首席运营官Brad Lightcap,都站在了Altman这一边,希望董事会辞职。" },
  { anchor: "p25", text: "据The Verge援引一位Altman的消息人士称,OpenAI董事会目前原则上已经同意辞职,并允许二人回归,不过由于形式仍不明朗,董事会成员一直犹豫不决,以至于错过了员工要求的截止时间。" },
  { anchor: "p26", text: "在此之前,随着两人离职,三名忠于Altman的骨干级研究人员也在周五离开了公司,因这一消息而辞职:GPT-4负责人兼OpenAI研究总监 Jakub Pachocki;人工智能风险评估团队负责人Aleksander Madry和开源基线研究员Szymon Sidor。" },
  { anchor: "p27", text: "Altman回归的一大条件,同样是现有董事会必须走人。" },
  { anchor: "p28", text: "整场闹剧,或者站在Sam的视角称之为一场“政变”,决定做得很草率,公关写得很草率,董事会架构更是草率,只要三票就能把CEO赶走,而且除了公司内部成员,独立董事的数量居然占了一半。" },
  { anchor: "p29", text: "政变再早个几年,根本不会成功,因为当时董事会里还有像马斯克、里德·霍夫曼等大佬坐镇,但后来都因为利益冲突离开。19年Altman引入微软融资,为了不违背初衷同时让公司能够持续运转,Altman开创性地协调了营利和非营利组织的天然矛盾。" },
];

/** A piece of text, optionally narrowed to its occurrence inside a longer, unique passage. */
export type Locator = {
  text: string;
  within?: string;
};

export type RevisionCase = {
  name: string;
  /** The highlighted text in BASE_BLOCKS. */
  highlight: Locator;
  revisions: readonly Revision[];
  /** Where the highlight must land in the revised text, or "orphan". */
  expected:
    | (Locator & { method: AnchorMethod; startAnchor: string; endAnchor?: string })
    | "orphan";
};

export type Revision = (blocks: readonly Block[]) => Block[];

function blockIndex(blocks: readonly Block[], anchor: string): number {
  const index = blocks.findIndex((block) => block.anchor === anchor);
  if (index < 0) throw new Error(`no block ${anchor}`);
  return index;
}

// Array#toSpliced is ES2023; the project targets ES2022.
function spliced(blocks: readonly Block[], index: number, deleteCount: number, ...items: Block[]): Block[] {
  return [...blocks.slice(0, index), ...items, ...blocks.slice(index + deleteCount)];
}

function textOf(blocks: readonly Block[], anchor: string): string {
  return blocks[blockIndex(blocks, anchor)]?.text ?? "";
}

/** Replaces every occurrence of `from` in one block. */
function edit(anchor: string, from: string, to: string): Revision {
  return (blocks) => {
    if (!textOf(blocks, anchor).includes(from)) throw new Error(`"${from}" not in ${anchor}`);
    return blocks.map((block) => (block.anchor === anchor ? { ...block, text: block.text.replaceAll(from, to) } : block));
  };
}

function insertBefore(anchor: string, block: Block): Revision {
  return (blocks) => spliced(blocks, blockIndex(blocks, anchor), 0, block);
}

function remove(anchor: string): Revision {
  return (blocks) => spliced(blocks, blockIndex(blocks, anchor), 1);
}

/** Splits a block before the first occurrence of `at`; the second half becomes block `newAnchor`. */
function split(anchor: string, at: string, newAnchor: string): Revision {
  return (blocks) => {
    const text = textOf(blocks, anchor);
    const cut = text.indexOf(at);
    if (cut < 0) throw new Error(`"${at}" not in ${anchor}`);
    return spliced(
      blocks,
      blockIndex(blocks, anchor),
      1,
      { anchor, text: text.slice(0, cut) },
      { anchor: newAnchor, text: text.slice(cut) },
    );
  };
}

/** Appends block `second` to block `first`, keeping `first`'s anchor. */
function merge(first: string, second: string): Revision {
  return (blocks) => {
    const text = textOf(blocks, first) + textOf(blocks, second);
    return blocks
      .filter((block) => block.anchor !== second)
      .map((block) => (block.anchor === first ? { ...block, text } : block));
  };
}

function moveBefore(anchor: string, before: string): Revision {
  return (blocks) => {
    const moved = blocks[blockIndex(blocks, anchor)];
    const rest = blocks.filter((block) => block.anchor !== anchor);
    return moved === undefined ? rest : spliced(rest, blockIndex(rest, before), 0, moved);
  };
}

/** An editor that does not keep anchors: blocks are renamed by position, so anchors cannot help. */
function renumber(): Revision {
  return (blocks) => blocks.map((block, index) => ({ ...block, anchor: `p${String(index).padStart(2, "0")}` }));
}

export function applyRevisions(blocks: readonly Block[], revisions: readonly Revision[]): Block[] {
  return revisions.reduce<Block[]>((current, revise) => revise(current), [...blocks]);
}

export const REVISION_CASES: readonly RevisionCase[] = [
  {
    name: "unchanged text anchors by position",
    highlight: { text: "微软大哥倒吸一口凉气" },
    revisions: [],
    expected: { text: "微软大哥倒吸一口凉气", method: "position", startAnchor: "p06" },
  },
  {
    name: "Chinese inserted in an earlier paragraph",
    highlight: { text: "微软大哥倒吸一口凉气" },
    revisions: [edit("p03", "靠谱了,", "靠谱了,心情大好,")],
    expected: { text: "微软大哥倒吸一口凉气", method: "quote", startAnchor: "p06" },
  },
  {
    name: "Chinese inserted earlier in the same paragraph",
    highlight: { text: "微软大哥倒吸一口凉气" },
    revisions: [edit("p06", "彻底黑化,", "彻底黑化、心态崩溃,")],
    expected: { text: "微软大哥倒吸一口凉气", method: "quote", startAnchor: "p06" },
  },
  {
    name: "Chinese inserted right before the quote",
    highlight: { text: "结果剧本又给Open AI董事会撕烂了" },
    revisions: [edit("p05", "结果剧本", "没想到结果剧本")],
    expected: { text: "结果剧本又给Open AI董事会撕烂了", method: "quote", startAnchor: "p05" },
  },
  {
    name: "Chinese inserted right after the quote",
    highlight: { text: "微软大哥倒吸一口凉气" },
    revisions: [edit("p06", "倒吸一口凉气,", "倒吸一口凉气,连夜开会,")],
    expected: { text: "微软大哥倒吸一口凉气", method: "position", startAnchor: "p06" },
  },
  {
    name: "Chinese deleted earlier in the same paragraph",
    highlight: { text: "微软大哥倒吸一口凉气" },
    revisions: [edit("p06", "自己培养的", "")],
    expected: { text: "微软大哥倒吸一口凉气", method: "quote", startAnchor: "p06" },
  },
  {
    name: "Chinese deleted right after the quote",
    highlight: { text: "微软大哥倒吸一口凉气" },
    revisions: [edit("p06", ",不要是吧", "")],
    expected: { text: "微软大哥倒吸一口凉气", method: "position", startAnchor: "p06" },
  },
  {
    name: "an earlier paragraph deleted",
    highlight: { text: "内外逼宫下的董事会决定一条路走到黑" },
    revisions: [remove("p02")],
    expected: { text: "内外逼宫下的董事会决定一条路走到黑", method: "quote", startAnchor: "p05" },
  },
  {
    name: "Chinese inserted inside the quote",
    highlight: { text: "内外逼宫下的董事会决定一条路走到黑" },
    revisions: [edit("p05", "董事会决定", "董事会最终决定")],
    expected: { text: "内外逼宫下的董事会最终决定一条路走到黑", method: "fuzzy", startAnchor: "p05" },
  },
  {
    name: "characters deleted at the start of a quote that opens its paragraph",
    highlight: { text: "简单回顾一下此次“政变”,公司前总裁Greg Brockman" },
    revisions: [edit("p11", "简单回顾", "回顾")],
    expected: { text: "回顾一下此次“政变”,公司前总裁Greg Brockman", method: "fuzzy", startAnchor: "p11" },
  },
  {
    name: "several words dropped from a whole-paragraph quote",
    highlight: {
      text: "连Open AI最大的金主爸爸,微软同样为Altman被解雇的决定感到措手不及,他们声称事先并不知情,而是等到决定做出前那几分钟才知晓。",
    },
    revisions: [
      edit("p19", "最大的金主爸爸", "最大金主"),
      edit("p19", "感到措手不及", "措手不及"),
      remove("p18"),
    ],
    expected: {
      text: "连Open AI最大金主,微软同样为Altman被解雇的决定措手不及,他们声称事先并不知情,而是等到决定做出前那几分钟才知晓。",
      method: "fuzzy",
      startAnchor: "p19",
    },
  },
  {
    name: "repeated (来源:X): the context picks the highlighted one after another is inserted",
    highlight: { text: "(来源:X)", within: "研究团队结束。\n\n(来源:X)" },
    revisions: [
      insertBefore("p02", { anchor: "n01", text: "编者按:本文梳理了事件经过。" }),
      insertBefore("p06", { anchor: "n02", text: "(来源:X)" }),
    ],
    expected: { text: "(来源:X)", within: "研究团队结束。\n\n(来源:X)", method: "quote", startAnchor: "p07" },
  },
  {
    // The inserted paragraphs move the first (来源:X) to 16 characters from
    // the highlighted one's old offset, and renumbering takes the anchors away.
    name: "repeated (来源:X): the context wins over closeness and anchors",
    highlight: { text: "(来源:X)", within: "研究团队结束。\n\n(来源:X)" },
    revisions: [
      insertBefore("p04", {
        anchor: "n01",
        text: "Open AI的结构不寻常,他的营利主体是由一个非营利性501(c)(3)公共慈善机构拥有,前者可以接受投资并设定回报率,但是要在后者的治理下展开运作,而后者又由董事会来领导。",
      }),
      insertBefore("p04", {
        anchor: "n02",
        text: "与传统公司不同,OpenAI的董事会的任务不是最大化股东价值,他们也没有持有OpenAI的股权。相反,他们的宣言使命是确保创造出对社会“广泛有益”的人工通用智能(AGI)。",
      }),
      renumber(),
    ],
    expected: { text: "(来源:X)", within: "研究团队结束。\n\n(来源:X)", method: "quote", startAnchor: "p09" },
  },
  {
    // Deleting p12 moves the Open AI of "(来源:Open AI公告)" closer to the old offset than the highlighted one.
    name: "repeated Open AI: the context wins over closeness and anchors",
    highlight: { text: "Open AI", within: "同一时间,Open AI官网" },
    revisions: [remove("p12"), renumber()],
    expected: { text: "Open AI", within: "同一时间,Open AI官网", method: "quote", startAnchor: "p12" },
  },
  {
    // The deletions put the "Sam Altman" of p13 6 characters from the old offset;
    // the quote is long enough to skip the short-quote rule, so only the ranking decides.
    name: "repeated Sam Altman: the context wins over closeness and anchors",
    highlight: { text: "Sam Altman", within: "前高管Sam Altman和Greg" },
    revisions: [remove("p05"), remove("p08"), remove("p11"), remove("p12"), renumber()],
    expected: { text: "Sam Altman", within: "前高管Sam Altman和Greg", method: "quote", startAnchor: "p05" },
  },
  {
    // "Altman被解雇的决定" also occurs, exactly, in p13.
    name: "repeated phrase edited in place does not jump to an exact repeat elsewhere",
    highlight: { text: "Altman被解雇的决定", within: "微软同样为Altman被解雇的决定" },
    revisions: [edit("p19", "被解雇", "被开除")],
    expected: { text: "Altman被开除的决定", method: "fuzzy", startAnchor: "p19" },
  },
  {
    name: "repeated Open AI in the title after a block is inserted before it",
    highlight: { text: "Open AI", within: "不回了!Open AI" },
    revisions: [insertBefore("p00", { anchor: "n01", text: "Open AI最新消息" })],
    expected: { text: "Open AI", within: "不回了!Open AI", method: "quote", startAnchor: "p00" },
  },
  {
    name: "half-width commas made full-width inside the quote",
    highlight: { text: "周六解雇,周日和解,周一回去上班" },
    revisions: [edit("p02", ",", "\uFF0C")],
    expected: { text: "周六解雇\uFF0C周日和解\uFF0C周一回去上班", method: "quote", startAnchor: "p02" },
  },
  {
    name: "half-width exclamation mark made full-width inside the quote",
    highlight: { text: "不回了!Open AI" },
    revisions: [edit("p00", "!", "\uFF01")],
    expected: { text: "不回了\uFF01Open AI", method: "quote", startAnchor: "p00" },
  },
  {
    name: "every (来源:X) made full-width: the context still picks the third",
    highlight: { text: "(来源:X)", within: "一脸懵逼。\n\n(来源:X)" },
    revisions: ["p04", "p07", "p17"].map((anchor) => edit(anchor, "(来源:X)", "\uFF08来源\uFF1AX\uFF09")),
    expected: {
      text: "\uFF08来源\uFF1AX\uFF09",
      within: "一脸懵逼。\n\n\uFF08来源\uFF1AX\uFF09",
      method: "quote",
      startAnchor: "p17",
    },
  },
  {
    name: "commas around a short quote made full-width while the text shifts",
    highlight: { text: "一个CEO" },
    revisions: [edit("p15", ",", "\uFF0C"), remove("p14")],
    expected: { text: "一个CEO", method: "quote", startAnchor: "p15" },
  },
  {
    name: "zero-width characters inserted before and inside the quote",
    highlight: { text: "微软大哥倒吸一口凉气" },
    revisions: [
      edit("p05", "逼宫", "逼\u200B宫\uFEFF"),
      edit("p06", "微软大哥", "\u2060微\u200C软\u200D大\u00AD哥"),
    ],
    expected: { text: "微软大哥倒吸一口凉气", method: "position", startAnchor: "p06" },
  },
  {
    name: "emoji and CJK Extension B inserted before the quote",
    highlight: { text: "微软大哥倒吸一口凉气" },
    revisions: [edit("p05", "撕烂了", "撕烂了𠀀"), edit("p06", "看着自己", "👀看着自己")],
    expected: { text: "微软大哥倒吸一口凉气", method: "quote", startAnchor: "p06" },
  },
  {
    name: "paragraph split before the quote",
    highlight: { text: "除了接任CEO的米拉在前一天晚上知晓" },
    revisions: [split("p12", "除了接任CEO", "p12b")],
    expected: { text: "除了接任CEO的米拉在前一天晚上知晓", method: "quote", startAnchor: "p12b" },
  },
  {
    // Line breaks are folded out before matching, so a new or removed block
    // separator inside a quote leaves it an exact match.
    name: "paragraph split inside the quote",
    highlight: { text: "Greg火速辞职。除了接任CEO的米拉" },
    revisions: [split("p12", "除了接任CEO", "p12b")],
    expected: {
      text: "Greg火速辞职。\n\n除了接任CEO的米拉",
      method: "quote",
      startAnchor: "p12",
      endAnchor: "p12b",
    },
  },
  {
    name: "paragraph split one character into the quote",
    highlight: { text: "。除了接任CEO的米拉在前一天晚上知晓" },
    revisions: [split("p12", "除了接任CEO", "p12b")],
    expected: { text: "。\n\n除了接任CEO的米拉在前一天晚上知晓", method: "quote", startAnchor: "p12", endAnchor: "p12b" },
  },
  {
    name: "paragraph split one character before the end of the quote",
    highlight: { text: "原本可以留下来的Greg火速辞职。除" },
    revisions: [split("p12", "除了接任CEO", "p12b")],
    expected: { text: "原本可以留下来的Greg火速辞职。\n\n除", method: "quote", startAnchor: "p12", endAnchor: "p12b" },
  },
  {
    name: "paragraph split inside a short quote",
    highlight: { text: "职。除了" },
    revisions: [split("p12", "除了接任CEO", "p12b")],
    expected: { text: "职。\n\n除了", method: "quote", startAnchor: "p12", endAnchor: "p12b" },
  },
  {
    name: "paragraph split inside an edited quote",
    highlight: { text: "。除了接任CEO的米拉在前一天晚上知晓" },
    revisions: [edit("p12", "在前一天晚上", "在前一晚"), split("p12", "除了接任CEO", "p12b")],
    expected: { text: "。\n\n除了接任CEO的米拉在前一晚知晓", method: "fuzzy", startAnchor: "p12", endAnchor: "p12b" },
  },
  {
    name: "paragraphs merged across the quote",
    highlight: { text: "是什么感受?\n\n一脸懵逼" },
    revisions: [merge("p15", "p16")],
    expected: { text: "是什么感受?一脸懵逼", method: "quote", startAnchor: "p15" },
  },
  {
    name: "paragraphs merged one character into the quote",
    highlight: { text: "?\n\n一脸懵逼。" },
    revisions: [merge("p15", "p16")],
    expected: { text: "?一脸懵逼。", method: "quote", startAnchor: "p15" },
  },
  {
    name: "paragraphs merged inside a short quote",
    highlight: { text: "?\n\n一脸" },
    revisions: [merge("p15", "p16")],
    expected: { text: "?一脸", method: "quote", startAnchor: "p15" },
  },
  {
    name: "quote's paragraph merged into the previous one",
    highlight: { text: "一脸懵逼。" },
    revisions: [merge("p15", "p16")],
    expected: { text: "一脸懵逼。", method: "quote", startAnchor: "p15" },
  },
  {
    name: "paragraph moved elsewhere",
    highlight: { text: "投资人立马坐不住了" },
    revisions: [moveBefore("p18", "p23")],
    expected: { text: "投资人立马坐不住了", method: "quote", startAnchor: "p18" },
  },
  {
    name: "space dropped and case changed inside the quote",
    highlight: { text: "同一时间,Open AI官网迅速发布一篇文章" },
    revisions: [edit("p13", "Open AI官网", "openai官网")],
    expected: { text: "同一时间,openai官网迅速发布一篇文章", method: "fuzzy", startAnchor: "p13" },
  },
  {
    name: "4-character quote with 1 character changed and intact context",
    highlight: { text: "一脸懵逼" },
    revisions: [edit("p16", "懵逼", "蒙逼")],
    expected: { text: "一脸蒙逼", method: "fuzzy", startAnchor: "p16" },
  },
  {
    // A substitution at the edge costs as much as deleting the character, and
    // the new character was never highlighted, so it is left out.
    name: "character at the end of the quote rewritten",
    highlight: { text: "一脸懵逼" },
    revisions: [edit("p16", "懵逼", "懵圈")],
    expected: { text: "一脸懵", method: "fuzzy", startAnchor: "p16" },
  },
  {
    name: "4-character quote with 1 character changed and rewritten context",
    highlight: { text: "一脸懵逼" },
    revisions: [
      edit("p15", "Sam和Greg,一个CEO,一个总裁兼董事会主席,先后被董事会赶出门是什么感受?", "消息传出后,两人的反应如何?"),
      edit("p16", "懵逼", "懵圈"),
      remove("p17"),
    ],
    expected: "orphan",
  },
  {
    name: "4-character quote with 2 characters changed",
    highlight: { text: "一脸懵逼" },
    revisions: [edit("p16", "懵逼", "茫然")],
    expected: "orphan",
  },
  {
    // 8 edits in 25 characters: beyond 25% but within the third a long quote
    // may differ by while its context on both sides still agrees.
    name: "long quote with a third of it reworded in place",
    highlight: { text: "由于这些投资人没有董事会席位,对公司治理没有决策权" },
    revisions: [edit("p22", "投资人没有董事会席位,对公司治理没有", "投资方都不在董事会里,对公司的治理也没有")],
    expected: { text: "由于这些投资方都不在董事会里,对公司的治理也没有决策权", method: "fuzzy", startAnchor: "p22" },
  },
  {
    // Dropping "董事会撕烂了," costs 7 edits and keeping it behind the insertion 9;
    // the intact prefix decides that it is still there.
    name: "sentence inserted near the start of a long quote",
    highlight: { text: "董事会撕烂了,“不好意思!我们找到人了。内外逼宫下的董事会决定一条路走到黑" },
    revisions: [edit("p05", "撕烂了,", "撕烂了,剧情再度急转直下。")],
    expected: {
      text: "董事会撕烂了,剧情再度急转直下。“不好意思!我们找到人了。内外逼宫下的董事会决定一条路走到黑",
      method: "fuzzy",
      startAnchor: "p05",
    },
  },
  {
    name: "first and middle words of a long quote reworded",
    highlight: { text: "人工智能风险评估团队负责人Aleksander Madry和开源基线研究员Szymon Sidor" },
    revisions: [edit("p26", "人工智能风险评估团队负责人Aleksander Madry和开源基线研究员", "AI风险评估负责人Aleksander Madry,以及研究员")],
    expected: { text: "风险评估负责人Aleksander Madry,以及研究员Szymon Sidor", method: "fuzzy", startAnchor: "p26" },
  },
  {
    name: "22-character quote reworded by more than a third",
    highlight: { text: "商业营利和技术安全不一致的冲突让天秤加速倾斜" },
    revisions: [edit("p08", "商业营利和技术安全不一致的冲突让天秤加速倾斜", "商业利益与安全理念之间的矛盾让天平倾斜")],
    expected: "orphan",
  },
  {
    name: "quoted passage deleted",
    highlight: { text: "三名忠于Altman的骨干级研究人员也在周五离开了公司" },
    revisions: [remove("p26")],
    expected: "orphan",
  },
  {
    name: "short quote whose paragraph was deleted does not jump to another occurrence",
    highlight: { text: "Altman", within: "Altman回归的一大条件" },
    revisions: [remove("p27")],
    expected: "orphan",
  },
  {
    name: "quote rewritten beyond the error budget",
    highlight: { text: "政变再早个几年,根本不会成功" },
    revisions: [edit("p29", "政变再早个几年,根本不会成功", "如果政变早几年发生,结果肯定失败")],
    expected: "orphan",
  },
];
