// The claim grammar: a few slots, each a shape that makes a sentence checkable, with the
// shapes that look alike but are not claims written beside it as exclusions. A slot names
// the claim kind it makes; the learned gate (gate/model.ts) weighs the slots together with
// the sentence's words, so a slot is evidence for "claim", not the verdict itself.
//
//   money     an amount of money or scale with an outcome or a period: "$4k a month", "月入过万"
//   share     a share or multiple with an outcome verb: "cut costs by 40%", "效率提升10倍"
//   absolute  an absolute quantifier with a capability, coverage, error, safety or privacy word
//   rank      a superlative or rank with a product or metric noun: "the fastest", "#1", "首个"
//   person    a person or profession after without / replace / no need for: "不需要设计师"
//   time      a time to result: "in minutes", "not weeks", "几秒内", "只需三分钟"
//   outcome   a result in the user's world: "more leads", "rank higher", "提高转化率"
//   ease      a result with no skill, effort or person: "no design skills needed to …"
//   proof     adoption, ratings, awards and press: "trusted by 10,000 teams", "已服务百万用户"
//   assure    accuracy, safety, privacy or compliance assurance: "accurate", "GDPR compliant"
//   hook      companionship, urgency and fear: "always there for you", "不学AI就会被淘汰"
// Exclusions, which the gate learns to weigh against the slots:
//   price     price, plan, tier, billing, credits, discount
//   quota     a limit or allowance: "up to 10GB", "每天10次"
//   feature   a feature named by real-time / instant / one-click with no result verb
//   hedge     negated or hedged forms: "may help", "does not replace", "可能"
//   third     a third party's act or fact: "OpenAI released …"
//   ask       a question or a call to action
import type { ClaimKind } from '../types';

export type SlotId =
  | 'money'
  | 'share'
  | 'absolute'
  | 'rank'
  | 'person'
  | 'time'
  | 'outcome'
  | 'ease'
  | 'proof'
  | 'assure'
  | 'hook'
  | 'price'
  | 'quota'
  | 'feature'
  | 'hedge'
  | 'third'
  | 'ask';

/** Slots that make a claim on their own, whatever the model thinks of the words around them. */
export const STRONG_SLOTS: ReadonlySet<SlotId> = new Set(['money', 'share', 'absolute', 'rank', 'person', 'hook']);

export interface Slot {
  id: SlotId;
  /** The kind a slot makes; exclusions make none. */
  kind: ClaimKind | null;
  span: [number, number];
}

interface SlotDef {
  id: SlotId;
  kind: ClaimKind | null;
  /** A cheap test the sentence must pass before the slot's pattern is tried: words the pattern cannot match without. */
  need: RegExp;
  re: RegExp;
  /** A slot found where one of these also matches the sentence is dropped. */
  unless?: RegExp;
}

const NUM = String.raw`(?:\d[\d,.]*|[一二两三四五六七八九十百千万亿几数]+)`;
const HAN_NUM = '[一二两三四五六七八九十百千万亿几数]';

const OUTCOME_EN = String.raw`(?:sales|revenue|leads?|conversions?|signups?|customers|traffic|rankings?|engagement|productivity|efficiency|output|roi|profits?|income|savings|costs?|time|hours|errors?|mistakes|churn|retention|response rates?|reply rates?|open rates?|click-through|ctr|results|growth|pipeline|deals|bookings|interviews?|offers?|grades?|scores?|replies|meetings|followers|subscribers|views|visibility|reach)`;
const UP_VERB_EN = String.raw`(?:boost|increas|improv|grow|doubl|tripl|multipl|rais|lift|skyrocket|drive|generat|get|win|land|gain|accelerat|speed|maximi[sz]|higher|more|better)`;
const DOWN_VERB_EN = String.raw`(?:sav|cut|reduc|lower|slash|halv|eliminat|decreas|minimi[sz]|fewer|less|shorten|trim|drop)`;
const OUTCOME_ZH =
  '(?:销量|销售额|收入|营收|利润|转化率?|线索|客户|流量|排名|效率|产能|成本|开销|开支|费用|时间|工时|错误|失误|流失|留存|回复率|点击率|业绩|增长|订单|面试|offer|成绩|分数|曝光|粉丝)';
const UP_ZH = '(?:提升|提高|增加|增长|翻倍|翻番|暴涨|飙升|倍增|加速|更多|获得|拿到)';
const DOWN_ZH = '(?:节省|节约|省下|省去|省掉|降低|减少|缩短|削减|减半|直降|砍掉)';
const PERSON_EN = String.raw`(?:designers?|writers?|copywriters?|lawyers?|attorneys?|accountants?|bookkeepers?|developers?|engineers?|programmers?|coders?|editors?|analysts?|assistants?|agenc(?:y|ies)|photographers?|videographers?|recruiters?|tutors?|teachers?|doctors?|therapists?|consultants?|translators?|interpreters?|marketers?|sdrs?|staff|hires?|freelancers?|experts?|team|teams|employees|people|humans?|specialists?|professionals?)`;
const PERSON_ZH =
  '(?:设计师|律师|会计|财务|程序员|工程师|开发者|开发人员|编辑|分析师|助理|团队|摄影师|文案|翻译|老师|家教|医生|顾问|专家|员工|人工|人力|客服|销售|美工|剪辑师|外包|主播|模特)';
const DUR_EN = String.raw`(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|a day|an hour|a minute|an afternoon|a weekend|overnight)`;
const DUR_ZH = '(?:秒钟?|分钟|小时|天|周|一下午|一晚)';

const DEFS: SlotDef[] = [
  // money
  {
    id: 'money',
    kind: 'earnings',
    need: /[$€£¥\d万千亿]|earn|income|revenue|profit|passive|payout|赚|收入|变现|盈利|收益|月入|年入|日入/i,
    re: new RegExp(
      String.raw`\b(?:earn|make|making|made|generate|generating|bring in|profit|income|revenue|payout|passive)\b[^.!?]{0,40}(?:[$€£¥]\s?${NUM}\s?(?:k|m|bn|b|million|billion|thousand)?\b|${NUM}\s?(?:k|m|bn|million|billion)\b|\b\d[\d,.]*\s?(?:dollars|usd|euros?)\b)|[$€£¥]\s?${NUM}\s?(?:k|m|bn|million|billion)?(?:\s?[-–]\s?[$€£¥]?${NUM}\s?(?:k|m|bn)?)?\s?(?:a|per|\/|every)\s?(?:month|week|day|year|mo)\b[^.!?]{0,30}\b(?:earn|income|profit|revenue|passive|side)|(?:月入|年入|日入|日赚|月赚|年赚|躺赚|收入|赚|变现|盈利|收益)\s?(?:过|超过|超|近)?\s?(?:${NUM}|${HAN_NUM}+)\s?(?:万|千|元|块|美元|刀|k)?`,
      'i',
    ),
    unless: /\b(?:per seat|per user|billed|plans? (?:start|from)|pricing|costs? (?:just|only)?\s?[$€£¥])|套餐|原价|售价|定价/i,
  },
  {
    id: 'money',
    kind: 'earnings',
    need: /[$€£¥]|亿/,
    re: new RegExp(
      String.raw`[$€£¥]\s?${NUM}[-\s]?(?:k|m|bn|b|t|million|billion|trillion)\b[-\s](?:\w+[-\s])?(?:market|industry|opportunity)|(?:千亿|万亿|百亿)(?:级)?(?:市场|蓝海|赛道)`,
      'i',
    ),
  },
  {
    id: 'money',
    kind: 'quantified-benefit',
    need: /[$€£¥]|元|块|美元/,
    re: new RegExp(
      String.raw`\b(?:save|saves|saving|saved|cut|cuts|slash)\b[^.!?]{0,30}[$€£¥]\s?${NUM}|[$€£¥]\s?${NUM}\s?(?:k|m|bn|million|billion)?\s?(?:in |of )?(?:savings|saved)|(?:节省|省下|省去|节约|降低)[^，。！？]{0,12}?${NUM}\s?(?:万|千|亿)?\s?(?:元|块|美元)`,
      'i',
    ),
    unless: /\b(?:annual(?:ly)?|yearly|billed|with the (?:annual|yearly))\b|年付|包年|优惠/i,
  },
  // share or multiple with an outcome verb
  {
    id: 'share',
    kind: 'quantified-benefit',
    need: /\d|twice|double|triple|half|third|percent/i,
    re: new RegExp(
      String.raw`\b${UP_VERB_EN}\w*\b[^.!?]{0,40}?(?:\d[\d,.]*\s?(?:%|x\b|times|-fold|fold)|\b(?:twice|double|triple|half|ten ?x|10x)\b)|\b${DOWN_VERB_EN}\w*\b[^.!?]{0,40}?(?:\d[\d,.]*\s?(?:%|x\b|times)|\b(?:half|in half|a third|two-thirds|most of|90 percent)\b)|(?:\d[\d,.]*\s?(?:%|x\b|times)|\b(?:twice|double|triple)\b)\s?(?:as\s)?(?:faster|quicker|more|higher|better|cheaper|fewer|less|productive|efficient|as fast|the)\b|\b(?:almost|nearly|over|up to)?\s?100%\s(?:of\s(?:the|your)\s)?(?:work|tasks?|process|job)`,
      'i',
    ),
    unless: /\b(?:off|discount|coupon|promo|billed|annual(?:ly)?|yearly|cashback|tax|vat|cheaper when)\b|优惠|折扣|打折|立减|年付/i,
  },
  {
    id: 'share',
    kind: 'quantified-benefit',
    need: /\d|倍|成|半|三分之|百分之|超过|近/,
    re: new RegExp(
      `(?:${UP_ZH}|${DOWN_ZH}|快|多|高|低|少)[^，。！？；]{0,12}?(?:\\d[\\d.]*\\s?(?:%|％|倍|x|X)|${HAN_NUM}{1,3}(?:倍|成)|一半|大半|过半|三分之[一二]|百分之${HAN_NUM}+)|(?:\\d[\\d.]*\\s?(?:%|％|倍)|${HAN_NUM}{1,3}倍)[^，。！？；]{0,6}?(?:${UP_ZH}|${DOWN_ZH}|以上|更快|更高|更多|效率|速度)|(?:超过|近|将近|一半以上|过半)[^，。！？]{0,4}(?:的)?(?:${OUTCOME_ZH})`,
    ),
    unless: /优惠|折扣|打[0-9一二三四五六七八九]折|立减|年付|充值|返现/,
  },
  // absolute quantifier + capability / coverage / error / safety / privacy
  {
    id: 'absolute',
    kind: 'absolute',
    need: /never|zero|\bno\b|every|all|any|unlimited|limitless|infinite|endless|boundless|limit|scale|100|free (?:of|from)|guarantee|always|lossless|without/i,
    re: /\b(?:never|zero|no)\s(?:\w+\s){0,2}?(?:errors?|mistakes?|bugs?|downtime|misses?|miss(?:es|ed)?|leaks?|bias|hallucinations?|typos?|failures?|keeps?|stores?|shares?|sees?|loses?|forgets?)\b|\b(?:catch(?:es)?|find(?:s)?|spot(?:s)?|detect(?:s)?|fix(?:es)?|flag(?:s)?|answer(?:s)?|handle(?:s)?|solve(?:s)?|translate(?:s)?|understand(?:s)?)\s(?:every|all|any)\b|\b(?:any|every|all)\s(?:task|question|problem|topic|language|job|use case|scenario|need|challenge|thing)s?\b|\b(?:anything|everything)\b|\b(?:unlimited|limitless|infinite|endless|boundless)\b|\bwithout (?:any )?limits?\b|\bscales? (?:infinitely|without limit|to any)|\b100\s?%\s(?:accurate|accuracy|secure|safe|private|reliable|uptime|guaranteed|satisfaction|success|undetectable|human|original|unique|plagiarism)|\bfree (?:of|from) (?:any |all )?(?:[\w-]+ (?:or |and )?){0,3}(?:bias|errors?|mistakes?)\b|\blossless(?:ly)?\b|\bwithout (?:any )?(?:quality loss|loss of quality|losing (?:any )?quality|mistakes|errors)\b|\b(?:guarantee[ds]?|guaranteed)\b|\b(?:always|never) (?:fails?|wrong|miss|down|accurate|correct|right|on time|works?)\b|\bnever (?:worry|waste (?:time|hours)|struggle|lose|forget)\b[^.!?]{0,60}\bagain\b/i,
    unless:
      /\b(?:money[- ]back|refund|free (?:trial|plan|forever)|cancel anytime|no credit card|never expire|any (?:device|browser|platform|website|file|format|photo|image|video|language model)|any time)\b|\b(?:never|not|no|without|n't)\b[^.!?]{0,30}\b(?:anything|everything)\b|\b(?:tweak|edit|change|adjust|delete|remove|undo|override|customi[sz]e|correct|rewrite|review)\s(?:anything|everything)\b|\b(?:anything|everything)\s(?:you|they|it|it's|it is)\s(?:like|want|wish|choose|prefer|is unsure|isn't sure|is not sure|doubts|can't read|cannot read)\b|\b(?:not|never|no|n't)\s(?:\w+\s)?guarantee/i,
  },
  {
    id: 'absolute',
    kind: 'absolute',
    need: /任何|一切|所有|全|无限|无上限|不限|永|绝|从不|百分百|100%|零|都不|不会|万无一失|无所不|包揽|保证|确保|只/,
    // A quantifier alone ("任何图像", "所有功能", "全部模型") names what a feature works on; it makes a
    // promise when it goes with a capability (any task, answer anything), with coverage, errors,
    // safety or privacy, as in English.
    re: /(?:任何|一切|所有|全部)(?:的)?(?:问题|任务|主题|场景|需求|事情|事|东西|挑战|难题|错误|漏洞|风险|隐患|遗漏|bug|Bug|BUG)|(?:回答|解答|解决|处理|搞定|应对|生成|创作|写|做|画|识别|检测|发现|拦截|捕捉|理解|翻译|总结|学会?|教)(?:[^，。！？；]{0,2})(?:任何|一切|所有|全部)(?!(?:的)?(?:图像|图片|照片|视频|文件|文档|网页|网址|链接|格式|平台|设备|模型|应用|网站|书|语言模型))|无限|无上限|不限|永不|绝不|从不|永远不|绝对(?:安全|准确|正确|精准|可靠|隐私|保密|私密|客观|公正|不会)|百分百|100%|零(?:错误|失误|差错|风险|门槛|延迟|漏)|[一每]条?[^，。！？]{0,6}都不(?:会)?(?:漏|错|丢)|不会(?:遗漏|漏掉|出错|泄露|丢失)|万无一失|无所不|包揽|全能|保证|确保[^，。！？]{0,10}(?:安全|准确|成功)|只(?:留|存|保存)在你/,
    // A plan's cell ("不限") and a study's method ("所有照片均由两名专家独立标注") are not promises about everything.
    unless:
      /不限(?:次|时|量)?(?:免费|使用)|百分百免费|100%免费|任何设备|任何平台|任何网站|任何格式|任何浏览器|所有平台|所有设备|全部免费|永久免费|^\s*(?:不限|无限|无上限)\s*[。.]?\s*$|(?:所有|全部)[^，。！？]{0,12}(?:均|都)由[^，。！？]{0,24}(?:标注|审核|审阅|评审|复核|核对|检查|评估|打分|评分|裁定)/,
  },
  // superlative or rank
  {
    id: 'rank',
    kind: 'superlative',
    need: /best|fast|eas|smart|most|only|first|lead|top|larg|big|cheap|simpl|strong|world|#|number one|no\.|industry|state|market|unriva|unmatch|unparal|unbeat|second to none|no other|no one else|nobody else|advanced|accurate|powerful/i,
    re: /\b(?:the (?:best|fastest|easiest|smartest|most (?:\w+)|only|first|leading|top|largest|biggest|cheapest|simplest|strongest|world'?s (?:\w+))|world'?s (?:first|best|fastest|most|largest|only|leading)|#\s?1|number one|no\.\s?1|industry[- ](?:leading|first|best)|best[- ]in[- ](?:class|the[- ]world)|state[- ]of[- ]the[- ]art|market[- ]leading|unrivall?ed|unmatched|unparall?eled|unbeatable|second to none|like no other|no one else|nobody else|first[- ]ever|leading)\b|\b(?:best|fastest|cheapest|easiest|smartest|most advanced|most accurate|most powerful) (?:ai|tool|app|platform|way|solution|model|assistant|generator|software)\b|^(?:the )?(?:first|top|only|leading|#1) (?:[\w-]+ ){0,3}(?:platform|tool|app|assistant|writer|generator|model|engine|solution|software|workspace|service)s?\b/i,
    unless:
      /\b(?:first (?:time|step|steps|draft|name|names|impression|month|day|week|line|page|one|place to)|at (?:the )?top|top (?:of|bar|right|left|up)|best practices?|best (?:for you|fit|suited)|leading (?:to|zeros?|brands?|companies|experts)|top (?:brands|companies|creators|\d+))\b/i,
  },
  {
    id: 'rank',
    kind: 'superlative',
    need: /最|首|第一|唯一|领先|顶|no|top|冠军|独|无可比拟|无与伦比|超越/i,
    re: /(?:最(?:好|强|快|佳|先进|专业|准|全|大|受欢迎|便宜|简单|聪明|智能|懂|高|优|新一代)|首[个款家创位部次]|第一[个款家]?|全球首|国内首|唯一|业界领先|行业领先|领先的|领先于|遥遥领先|顶[尖级]|No\.?\s?1|TOP\s?1|第一名|冠军|排名第一|独一无二|独家|无可比拟|无与伦比|超越(?:了)?(?:所有|其他|同类|GPT|竞品))/i,
    unless: /最(?:多|少|长|短|高|大|低)\s?(?:可|支持|\d|[一二三四五六七八九十百千万]|上传|生成)|最新(?:版|消息|动态|进展)|第一[步次章节]|首次|首页|首先/,
  },
  // a person or profession made unnecessary, or the product as one
  {
    id: 'person',
    kind: 'replacement',
    need: /without|replac|no need|no more|instead of|need|fire|ditch|hire|\bai\b/i,
    re: new RegExp(
      String.raw`\b(?:without (?:a |an |the |any |hiring (?:a |an )?)?|replac(?:e|es|ing) (?:your |the |a |an )?(?:entire |whole )?|no need (?:for|to hire) (?:a |an )?|no more |instead of hiring (?:a |an )?|don'?t need (?:a |an )?|fire your |ditch (?:your |the )?|hire (?:an? )?ai )(?:\w+ )?${PERSON_EN}\b|\b(?:your|an|the) (?:own |personal |24\/7 )?ai[- ](?:lawyer|attorney|doctor|accountant|therapist|financial advis[oe]r|tutor|employee|engineer|designer|analyst|recruiter|sdr|team)\b`,
      'i',
    ),
    // "Nothing reaches your ledger without a human click": a person is required, not replaced.
    unless:
      /\bwithout (?:the )?(?:need for )?(?:any )?(?:coding|code|technical|design) (?:skills|knowledge|experience)\b|^(?:nothing|no [a-z]+)\b[^.!?]{0,60}\bwithout (?:a |an |the )?(?:human|person|reviewer|someone)\b/i,
  },
  {
    id: 'person',
    kind: 'replacement',
    need: /不需要|不用|无需|不必|告别|取代|替代|代替|省去|省掉|顶替|媲美|堪比|ai|一个人|一人/i,
    re: new RegExp(
      `(?:不需要|不用|无需|不必|告别|取代|替代|代替|省去|省掉|顶替|媲美|堪比)(?:再)?(?:请|雇|招|找)?(?:一个|一名|专业)?(?:的)?${PERSON_ZH}|AI(?:律师|医生|会计|员工|心理咨询师|理财顾问)|(?:一个人|一人)(?:就能|就可以|顶|抵|成为)(?:一个)?(?:团队|公司)`,
      'i',
    ),
    // "不替代医生的判断": a person kept, not replaced.
    unless: /不需要(?:任何)?(?:编程|代码|技术|设计)(?:经验|基础|知识|技能)|(?:不|并不|并非|不是|不会|不能|无法)(?:用来|用于|能够|可以)?(?:替代|取代|代替|顶替)/,
  },
  // time to result
  {
    id: 'time',
    kind: 'time-to-value',
    need: /sec|min|hour|hr|day|afternoon|weekend|overnight|week|month|quarter|instant|real[- ]time|flash|snap|heartbeat|click|speed|fast/i,
    re: new RegExp(
      String.raw`\b(?:in|within|under|in (?:just|only|under|less than)|less than|takes (?:just|only)?|ready in|done in|live in)\s(?:literally )?(?:a few |few |just |only |about |\d[\d.,]*\s?|one |two |three |five |ten |thirty |sixty |a |an )?${DUR_EN}\b|\bin the blink of an eye\b|\b(?:not|instead of|rather than)\s(?:days|weeks|months|a quarter|quarters|hours)\b|\b(?:instantly|instant(?:ly)? (?:get|create|generate|turn|see|answers?|results?|insights?|feedback|access to)|in real[- ]time,? (?:so|you)|in a (?:flash|snap|heartbeat|click)|at the speed of|lightning[- ]fast|blazing(?:ly)?[- ]fast|super[- ]?fast|(?:much |10x )?faster)\b`,
      'i',
    ),
    unless:
      /\b(?:watch (?:a |the |our )?\d|\d[\d.]*[- ](?:minute|second|min) (?:demo|video|tour|read|walkthrough)|(?:support|repl(?:y|ies)|respond|answer)s? within|may take|can take|takes up to|refresh|wait)\b|\b(?:deleted|removed|erased|purged|kept|retained|stored|overwritten|wiped|destroyed|refunded|billed|charged|cancell?ed|expire[sd]?|archived)\s(?:\w+\s){0,3}within\b|\brefunds? (?:are |is )?(?:issued|processed|paid|made)\b/i,
  },
  {
    id: 'time',
    kind: 'time-to-value',
    need: /秒|分钟|小时|天|周|下午|晚|瞬间|即刻|立刻|马上|片刻|转眼|快速|几|数/,
    re: new RegExp(
      `(?:只需|只要|仅需|仅用|短短|不到|最快|几|数|${HAN_NUM}{1,3}|\\d[\\d.]*)\\s?(?:个)?${DUR_ZH}(?:内|之内|就(?:能|可|可以)?|即可|搞定|完成|做完|弄完|写完|干完|处理完|生成|上手|出)|(?:秒级|秒出|秒变|瞬间|即刻|立刻|马上|片刻|分分钟|一秒|转眼)(?:[^，。！？]{0,8})(?:生成|完成|搞定|获得|得到|出|变|拥有)|快速(?:生成|完成|搞定|获得|产出|打造|制作|创建)|(?:几分钟|几秒|数秒|数分钟|几小时)[^，。！？]{0,8}(?:原来|过去|以前|传统)?[^，。！？]{0,6}(?:几周|几天|数周|数天|几个月|数月)`,
    ),
    // A retention or refund period ("会在 24 小时内清除") is a term of service, not a speed.
    unless:
      /观看|视频时长|演示|等待|请稍候|稍等|刷新|客服|工作日|(?:内|之内)(?:彻底)?(?:删除|清除|销毁|清理|退款|退还)|(?:删除|清除|销毁|清理|退款|退还)[^，。！？]{0,6}(?:在|于)[^，。！？]{0,10}(?:内|之内)/,
  },
  // an outcome in the user's world
  {
    id: 'outcome',
    kind: 'vague-promise',
    need: /boost|increas|improv|grow|doubl|tripl|multipl|rais|lift|skyrocket|driv|generat|get|win|land|gain|accelerat|speed|maximi|higher|more|better|sav|cut|reduc|lower|slash|halv|eliminat|decreas|minimi|fewer|less|shorten|trim|drop|rank|viral|stand out|hired|pass|ace|close|never miss/i,
    re: new RegExp(
      String.raw`\b${UP_VERB_EN}\w*\s(?:your |the |more |higher |better )*(?:\w+ )?${OUTCOME_EN}\b|\b${DOWN_VERB_EN}\w*\s(?:your |the |on )?(?:\w+ )?(?:costs?|time|hours|errors?|mistakes|churn|spend|expenses|overhead|workload|busywork|effort)\b|\b(?:rank (?:higher|#?1|first|on google)|go viral|stand out|get hired|land (?:your|a|more)|pass (?:your|the|any)|ace (?:your|the|any)|close more|win more|never miss)\b`,
      'i',
    ),
    unless:
      /\b(?:track|monitor|view|see|analy[sz]e|report on|measure|dashboard|calculate|estimate|forecast|predict)s?\s(?:your |the )?(?:\w+ )?(?:sales|revenue|leads|traffic|costs?|time|churn|roi|profits?)\b/i,
  },
  {
    id: 'outcome',
    kind: 'vague-promise',
    need: /提升|提高|增加|增长|翻倍|翻番|暴涨|飙升|倍增|加速|更多|获得|拿到|节省|节约|省|降低|减少|缩短|削减|减半|直降|砍掉|带来|实现|获取|涨粉|爆款|出圈|热门|offer|脱颖而出|事半功倍|降本增效|增收|提效|助|帮|让|转化为/i,
    re: new RegExp(
      `(?:${UP_ZH}|${DOWN_ZH}|带来|实现|获取)(?:您的|你的|企业的?|团队的?)?[^，。！？]{0,6}${OUTCOME_ZH}|(?:助力|助你|帮(?:助)?(?:你|您)|让(?:你|您))[^，。！？]{0,6}(?:增长|增收|获客|成交|赢回|赢得|拿下)|将[^，。！？]{0,6}(?:访客|流量|粉丝|用户|线索)转化为|(?:涨粉|爆款|出圈|上热门|拿offer|脱颖而出|事半功倍|降本增效|增收|提效)`,
      'i',
    ),
    unless: /(?:查看|统计|分析|监控|追踪|计算)[^，。！？]{0,4}(?:销量|收入|成本|流量|转化)/,
  },
  // effortless result
  {
    id: 'ease',
    kind: 'vague-promise',
    need: /skill|experience|expertise|knowledge|training|effort|learning curve|anyone|even|zero|finger|for you|autopilot|sleep|hands/i,
    re: /\b(?:no (?:\w+ )?(?:skills?|experience|expertise|knowledge|training|effort|learning curve) (?:needed|required|necessary)|without (?:any )?(?:\w+ )?(?:skills?|experience|expertise|effort)|anyone can|even (?:a )?(?:beginners?|non-technical|kids)|zero (?:effort|learning curve)|effortless(?:ly)?|with(?:out)? lifting a finger|does (?:it all|the rest|everything) for you|on autopilot|while you sleep|hands[- ]free)\b/i,
  },
  {
    id: 'ease',
    kind: 'vague-promise',
    need: /零|小白|人人|任何人|不懂|躺|全自动|一键|坐享|解放双手/,
    re: /(?:零基础|零门槛|小白(?:也)?(?:能|可以|秒变)|人人都(?:能|可以)|任何人都(?:能|可以)|不懂[^，。！？]{0,6}也(?:能|可以)|躺着|全自动(?:完成|生成|搞定)|一键(?:生成|搞定|完成|出|写|做)[^，。！？]{0,8}(?:报告|周报|日报|方案|PPT|ppt|文章|视频|全部|所有|整个|简历|论文|网站|海报)|坐享|解放双手)/,
  },
  // adoption and social proof
  {
    id: 'proof',
    kind: 'social-proof',
    need: /trusted|used by|loved|chosen|relied|join|\d|rated|award|seen|featured|fortune|backed/i,
    re: /\b(?:trusted by|used by|loved by|chosen by|relied on by|join(?:ed)? (?:over |more than )?\d|(?:\d{1,3}(?:,\d{3})+|\d[\d.]*\s?(?:k|m|million|thousand)|\d+\+)\+?\s(?:happy |active |satisfied )?(?:users|customers|teams|companies|businesses|creators|marketers|developers|people|students|writers|downloads|installs)\b|rated \d|\d\.\d\s?(?:\/\s?5|out of 5|stars?)|\d\s?(?:out of 5|stars?)|award[- ]winning|as (?:seen|featured) (?:on|in)|featured (?:on|in|by)|fortune 500|backed by (?:research|science))/i,
  },
  {
    id: 'proof',
    kind: 'social-proof',
    need: /已|累计|超|逾|近|深受|广受|备受|获得|荣获|斩获|知名|头部|500强|登顶|霸榜|榜|Trending|趋势|热门|受欢迎|火|流行|标配|广泛|信任|信赖|在用|选择/i,
    re: /(?:已(?:服务|帮助|助力|累计|有|被)|累计|超过|超|逾|近)[^，。！？]{0,6}(?:\d[\d,.]*|[一二三四五六七八九十百千]+)\s?(?:万|亿|千|百)?\s?(?:\+)?\s?(?:名|位|家|个)?(?:用户|客户|企业|团队|开发者|创作者|学生|下载|次使用)|(?:深受|广受|备受)[^，。！？]{0,8}(?:好评|欢迎|信赖|喜爱|青睐)|(?:获得|荣获|斩获)[^，。！？]{0,10}(?:奖|认可|好评)|(?:知名|头部|世界500强|500强)[^，。！？]{0,4}(?:企业|公司|客户)(?:都在用|选择|信赖|使用)|登顶|霸榜|榜首|趋势榜|热榜|(?:GitHub|Hugging Face|Product Hunt)\s?(?:Trending|趋势)|最(?:热门|受欢迎)|广受欢迎|流行的|标配|广泛(?:应用|使用|采用)于|(?:都|均)(?:信任|信赖|在用|选择)/,
  },
  // accuracy, safety, privacy, compliance assurance
  {
    id: 'assure',
    kind: 'accuracy',
    need: /accura|precis|error|flawless|reliab|human|indistinguishable|undetectable|lifelike|true to|pixel|factual|hallucination|准确|精准|精确|可靠|无误|零误差|以假乱真|真假难辨|真人|不会出错/i,
    re: /\b(?:accurate(?:ly)?|precise(?:ly)?|error[- ]free|flawless(?:ly)?|reliable|reliably|human[- ](?:like|level|quality|sounding)|indistinguishable|undetectable|lifelike|true to|pixel[- ]perfect|factual(?:ly)?|hallucination[- ]free|no hallucinations?)\b|(?:准确|精准|精确|可靠|无误|零误差|以假乱真|真假难辨|媲美真人|堪比真人|真人般|不会出错)/i,
    unless: /\b(?:accuracy (?:may|can|drops?|varies|depends)|may (?:not )?be accurate|not (?:always )?accurate)\b|准确率(?:会)?(?:下降|较低|偏低)|不一定准确/i,
  },
  {
    id: 'assure',
    kind: 'compliance',
    need: /secur|safe|privacy|private|bank|military|enterprise|complian|certif|gdpr|hipaa|soc|iso|ccpa|never|data|安全|隐私|合规|认证|等保|数据|不会|只留在|本地/i,
    re: /\b(?:secure(?:ly)?|safe(?:ly)?|privacy[- ](?:first|focused|friendly|preserving)|private(?:ly)?|bank[- ](?:grade|level)|military[- ]grade|enterprise[- ]grade security|compliant|certified|gdpr|hipaa|soc ?2|iso ?27001|ccpa|never (?:share|sell|store|keep|train on)|(?:your )?data (?:stays|never leaves|is never|remains))\b|(?:安全|隐私|合规|认证|等保|数据不(?:出|外泄|上传)|不会(?:上传|泄露|保存|存储|用于训练)|只留在|本地(?:运行|处理))/i,
  },
  // companionship, urgency and fear
  {
    id: 'hook',
    kind: 'emotional',
    need: /always|never|understand|companion|soulmate|friend|left|late|last chance|price|act now|fomo|behind|replaced|永远|懂你|陪伴|知心|伙伴|淘汰|抛弃|落下|甩在|最后|错过|再不|限时|名额|不学/i,
    re: /\b(?:always (?:there|here|by your side|listening|understands?)|never (?:judges?|leaves?|gets? tired)|understands you|companion|soulmate|(?:your|a) (?:best )?friend who|don'?t (?:get|be) left behind|before it'?s too late|last chance|(?:only|just) \d+ (?:spots?|seats?) left|prices? (?:will )?(?:go(?:es)? up|rise)|act now|fomo|falling behind|or (?:get|be) replaced)\b|(?:永远(?:懂你|陪伴|在你身边|不会离开)|懂你的|陪伴|知心|伙伴|被[^，。！？]{0,4}(?:淘汰|抛弃|落下|甩在身后)|最后(?:的)?机会|错过(?:就|再)|再不[^。！？]{0,12}就|限时|名额有限|不学[^，。！？]{0,6}就)/i,
  },
  // exclusions
  {
    id: 'price',
    kind: null,
    need: /[$€£¥]|per|bill|pric|plan|tier|subscri|credit|trial|discount|coupon|refund|pay|lifetime|价|套餐|会员|订阅|包月|年费|月费|试用|积分|充值|折扣|优惠|元|免费版|专业版|企业版/i,
    re: /(?:[$€£¥]\s?\d[\d,.]*\s?(?:\/|per|a)\s?(?:mo|month|year|yr|user|seat)|\b(?:per (?:month|year|seat|user)|billed|billing|pricing|plans?|tier|subscription|credits?|free trial|trial|discount|coupon|refund|pay as you go|one[- ]time (?:payment|purchase)|lifetime deal)\b|价格|定价|套餐|会员|订阅|包月|年费|月费|试用|积分|充值|折扣|优惠|元\/月|元每月|免费版|专业版|企业版)/i,
  },
  {
    id: 'quota',
    kind: null,
    need: /up to|gb|mb|tb|request|credit|generation|message|quer|每|最多|上限|额度|限额/i,
    re: /(?:\bup to \d[\d,.]*\s?(?:gb|mb|tb|files?|pages?|documents?|users?|seats?|projects?|minutes?|hours?|credits?|words?|characters?|images?|videos?|requests?|calls?|tokens?)\b|\b\d[\d,.]*\s?(?:gb|mb|tb)\b(?: of)?(?: storage| space)?|\b\d[\d,.]*\s?(?:requests?|credits?|generations?|messages?|queries) (?:per|a|\/) ?(?:day|month|minute)\b|每(?:天|日|月|人)\s?\d+\s?(?:次|条|张|个)|最多(?:支持|可|上传)?\s?\d|上限|额度|限额)/i,
  },
  {
    id: 'feature',
    kind: null,
    need: /^\s*\d|^[-•·*]?\s?(?:real|instant|one|auto|smart|live|实时|即时|一键|自动|智能)/i,
    re: /^\s*\d+\s?\/\s?\d+\s*$|^(?:[-•·*]\s?)?(?:real[- ]time|instant|one[- ]click|auto(?:matic)?|smart|live|实时|即时|一键|自动|智能)(?!\s?(?:生成|完成|搞定|写|做|制作|出|create|generate|write|make|build|turn|get|results?\b))(?:(?:\s?[\w-]+){0,4}|[\u4e00-\u9fff]{1,6})[.。]?$|^(?:real[- ]time|instant|one[- ]click|auto|实时|即时|一键|自动)[\w\s\u4e00-\u9fff-]{1,24}[：:]/i,
  },
  {
    id: 'hedge',
    kind: null,
    need: /may|might|could|can|aim|design|help|try|not|n't|does|do|is|are|won|no substitute|depend|drop|fell|fall|lower|struggle|可能|也许|旨在|有助于|尽量|并非|不能|不是|无法|仅供|取决于|受|较差|偏低|下降/i,
    re: /\b(?:may|might|could|can help|aims? to|designed to|helps? you|try to|not (?:a substitute|intended|meant)|does(?:n'?t| not)|won'?t|cannot|can'?t|is not|are not|isn'?t|aren'?t|no substitute|depends on|(?:dropped|drops|fell|falls|fall) to|is lower|are lower|struggles? with)\b|(?:可能|也许|旨在|有助于|尽量|并非|不能替代|不是|无法保证|仅供参考|取决于|受[^，。！？]{1,8}影响|较差|偏低|会下降)/i,
  },
  {
    id: 'third',
    kind: null,
    need: /OpenAI|Google|Microsoft|Meta|Anthropic|Apple|Amazon|Nvidia|DeepMind|Baidu|Alibaba|Tencent|ByteDance|发布了|推出了|开源了|宣布/,
    re: /\b(?:OpenAI|Google|Microsoft|Meta|Anthropic|Apple|Amazon|Nvidia|DeepMind|Baidu|Alibaba|Tencent|ByteDance)\s(?:has |have )?(?:released|launched|announced|introduced|published|open-sourced|unveiled)\b|(?:发布了|推出了|开源了|宣布)(?!我们)/,
  },
  {
    id: 'ask',
    kind: null,
    need: /[?？]|^(?:try|start|get|sign|join|download|install|book|request|contact|learn|see|watch|explore|discover|click|subscribe|立即|免费|点击|扫码|了解|联系)/i,
    re: /[?？]\s*$|^(?:try|start|get started|sign up|join|download|install|book|request|contact|learn more|see|watch|explore|discover|click|subscribe|立即(?:体验|下载|注册|试用|购买|加入)|免费(?:试用|体验|注册)|点击|扫码|了解更多|联系我们)\b/i,
  },
];

/** The slots of a sentence, in the grammar's order; each id and kind at most once. */
export function findSlots(text: string): Slot[] {
  const out: Slot[] = [];
  for (const def of DEFS) {
    if (out.some((s) => s.id === def.id && s.kind === def.kind)) continue;
    if (!def.need.test(text)) continue;
    const m = def.re.exec(text);
    if (!m) continue;
    if (def.unless?.test(text)) continue;
    out.push({ id: def.id, kind: def.kind, span: [m.index, m.index + m[0].length] });
  }
  return out;
}
