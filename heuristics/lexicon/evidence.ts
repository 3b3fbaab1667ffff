// What evidence looks like in page copy, English and Chinese, as regular-expression
// fragments grouped by what they show. Data only: ../evidence.ts turns matches into
// Evidence and decides strength. Order matters: "studies show" must be read as a generic
// appeal (no evidence) before "study" can be read as a method.

/** One element of evidence, named after the labelling guide's letters where they apply. */
export type EvidenceTag =
  | 'generic' // "studies show", "研究表明": an appeal, not evidence
  | 'baseline' // B: a starting value, a control group, the same users before
  | 'sample' // S: a count of measured units
  | 'measured' // M: a trial, A/B test, benchmark run, audit, log measurement
  | 'selfreport' // M, weak: a survey, what users say
  | 'internal' // M, weak: an internal test, a beta, a pilot with no name
  | 'unnamed' // M at most: "independent testers", "a leading bank", "第三方平台"
  | 'commissioned' // a study paid for by the vendor
  | 'date' // D: a year, quarter or month
  | 'named' // N: a named study, publication, analyst or organisation
  | 'auditor' // N: a named independent auditor, certifier or evaluator
  | 'benchmark' // N: a named benchmark, leaderboard or test set
  | 'platform' // N: a review platform or app store
  | 'customer' // N: a named customer
  | 'standard' // a named standard (SOC 2, ISO 27001, GDPR, 等保三级)
  | 'limit' // L: a failure case, a caveat, a worse result
  | 'review' // L: a human review step
  | 'scope' // L: test conditions, population, median or average
  | 'bestcase'; // "up to": the best case

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const YEAR = String.raw`(?:19[89]\d|20[0-4]\d)`;
const WORDNUM = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a hundred|a thousand)`;
const NUM = String.raw`(?:(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(?:thousand|million|billion|k|m)\b)?|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b)`;
/** Units a study counts: people measured, or items processed. */
const STUDY_UNIT = String.raw`(?:participants|respondents|subjects|professionals|agents|writers|paralegals|consultants|clinicians|lawyers|recruiters|analysts|developers|engineers|designers|students|teachers|patients|nurses|doctors|radiologists|accountants|marketers|employees|workers|staff|invoices|transactions|sessions|visits|documents|replies|tickets|jobs|sign-?ups|reviews|ratings|essays|images|problems|questions|calls|conversations|chats|queries|prompts|cases|orders|contracts|files|emails|tasks|decks|reports|notes|summaries|samples|recordings|transfers|payments|claims|messages|pages|clinics|stores|shops|sites|schools|hospitals|firms|companies|teams|customers|users|businesses|organi[sz]ations|merchants|sellers|campaigns|accounts|trials|runs|tests|hours of audio|minutes of audio)`;
const STUDY_VERB = String.raw`(?:of|with|among|across|from|by|for|on|over|involving|including|covering|checked|reviewed|tested|analy[sz]ed|measured|sampled|surveyed|studied|scored|rated|evaluated|timed|observed|logged|processed|interviewed|recruited|followed|tracked)`;
const ZH_UNIT =
  '(?:用户|客服人员|客服|坐席|人员|参与者|受试者|员工|客户|企业|团队|开发者|分析师|律师|医生|受访者|受访教师|教师|样本|工单|文档|案例|合同|录音|订单|任务|会议|样品|评价|店主|店铺|门店|工厂|秘书|财务人员|设计师|报表摘要|报表|周报|发票|对话|图片|问题|学生|患者|病例|账户|交易|请求|音频|视频|篇|份|条|段|笔|场|件|次)';

export const EVIDENCE_EN: Array<[EvidenceTag, readonly string[]]> = [
  [
    'generic',
    [
      String.raw`\b(?:studies|research|science|data|experts?|scientists) (?:show|shows|prove|proves|suggest|suggests|confirm|confirms|agree|say|says)\b`,
      String.raw`\bresearch[- ](?:backed|proven)\b`,
      String.raw`\bscientifically proven\b`,
      String.raw`\bstatistics show\b`,
    ],
  ],
  ['bestcase', [String.raw`\b(?:up to|as much as|as many as|by up to)\b`]],
  [
    'commissioned',
    [
      String.raw`\bcommissioned (?:study|report|research|survey|analysis)\b`,
      String.raw`\b(?:funded|paid for|sponsored) by (?:us|the company|[A-Z][a-z]+)\b`,
      String.raw`\bwe (?:commissioned|paid for|funded|sponsored)\b`,
    ],
  ],
  [
    'selfreport',
    [
      String.raw`\b(?:post-chat |customer |user |online |annual |our )?(?:survey(?:ed)?|poll(?:ed)?|questionnaire)s?\b`,
      String.raw`\bself[- ]reported\b`,
      String.raw`\b(?:users|customers|respondents|participants|clients|teams|people|employees|members|teachers) (?:say|said|report(?:ed)?|feel|felt|told us|believe|agree[d]?|rated?|would)\b`,
      String.raw`\b(?:say|said|report(?:ed)?|feel|felt) (?:they(?:'re| are| were)?|it (?:makes|made) them)\b`,
      String.raw`\buser (?:study|feedback|reports?)\b`,
      String.raw`\bfeedback\b`,
      String.raw`\bperception study\b`,
    ],
  ],
  [
    'internal',
    [
      String.raw`\b(?:our |an )?internal (?:test(?:ing)?|test set|benchmark|data|study|evaluation|survey|numbers|metrics|analysis|trial)s?\b`,
      String.raw`\b(?:in|from|during) (?:our|the) (?:private |closed |public )?beta\b`,
      String.raw`\bbeta (?:users|testers|program(?:me)?|customers)\b`,
      String.raw`\bin-house (?:test(?:ing)?|benchmark|evaluation|data)\b`,
      String.raw`\bour (?:own )?(?:tests?|testing|data|benchmark|numbers|metrics)\b`,
      String.raw`\bback-?tested\b`,
      String.raw`\bhypothetical\b`,
      String.raw`\bsimulated\b`,
      String.raw`\bearly[- ]access\b`,
      String.raw`\bselected sample\b`,
      String.raw`\bdata from (?:our|a|one) (?:largest |biggest |top |key )?customer\b`,
    ],
  ],
  [
    'unnamed',
    [
      String.raw`\bindependent (?:testers|reviewers|experts|researchers|labs?)\b(?! (?:at|from) [A-Z])`,
      String.raw`\b(?:a|one of the|our) (?:leading|top|major|large|big|global|well-known|Fortune 500) (?:bank|retailer|company|customer|brand|insurer|hospital|university|firm|enterprise)\b`,
      String.raw`\b(?:our|a) (?:largest|biggest) customer\b`,
      String.raw`\bthird[- ]party (?:platform|site|sites|reviews?|data)\b`,
      String.raw`\bcustomer (?:stories|cases|case)\b`,
    ],
  ],
  [
    'platform',
    [
      String.raw`\b(?:on|from|at) (?:G2|Capterra|Trustpilot|Product Hunt|the App Store|App Store|Google Play|the Chrome Web Store|Chrome Web Store|GitHub|Gartner Peer Insights|TrustRadius|Yelp|Amazon)\b`,
      String.raw`\b(?:G2|Capterra|Trustpilot|Product Hunt|Gartner Peer Insights|TrustRadius)\b`,
    ],
  ],
  [
    'auditor',
    [
      // A compliance report named with its period is the audit's own document.
      String.raw`\b(?:SOC ?[12](?: Type (?:I|II|1|2))?|ISO(?:/IEC)? ?\d{4,5}(?::\d{4})?|PCI[- ]DSS)(?: audit| attestation| assurance)? report (?:for|covering|dated|issued|of)\b[^.;]{0,40}?${YEAR}`,
      String.raw`\b(?:SOC ?[12](?: Type (?:I|II|1|2))?) (?:audit|examination|attestation) (?:period|window)\b[^.;]{0,40}?${YEAR}`,
    ],
  ],
  [
    'standard',
    [
      String.raw`\b(?:SOC ?[12](?: Type (?:I|II|1|2))?|ISO(?:/IEC)? ?\d{4,5}(?::\d{4})?|GDPR|HIPAA|CCPA|PCI[- ]DSS|WCAG(?: ?2(?:\.\d)?)?(?: AAA?)?|FedRAMP|EU AI Act|business associate agreement|BAA|data processing agreement|DPA)\b`,
    ],
  ],
  [
    'baseline',
    [
      String.raw`\bcontrol[- ]group(?:s|'s)?\b`,
      String.raw`\bcontrol (?:arm|condition|teams?|period)\b`,
      String.raw`\b(?:than|versus|vs\.?|compared (?:with|to)|against) (?:the |a |their |comparable )?(?:[a-z-]+ ){0,3}(?:in the )?control\b`,
      String.raw`\bfrom (?:about |around |an average of |a median of |roughly )?[$€£]?(?:\d[\d.,]*|${WORDNUM}|a|an)\s?(?:%|x|k)?(?: (?!${MONTH}\b)[a-z-]+){0,3} (?:down |up )?to (?:about |around |just |only )?[$€£]?(?:\d|${WORDNUM}|a |an |half)`,
      // "from 4.1 minutes with manual keying to 2.6": the two values may have words between them.
      String.raw`\bfrom (?:about |around |roughly )?[$€£]?\d[\d.,]*\s?(?:%|x|k)?(?: (?!${MONTH}\b)[a-z-]+){1,6}(?:,)? (?:down |up )?to (?:about |around |just |only )?[$€£]?\d`,
      String.raw`\b(?:up|down|rising|falling) from [$€£]?\d`,
      String.raw`\b(?:versus|vs\.?|against|compared (?:with|to)|than) (?:unaided |careful |experienced |trained )?(?:manual|human|hand|by-hand)(?: [a-z-]+){0,2}\b`,
      // A named alternative: "compared with paper notes", "versus spreadsheets", "vs. the old way" (not "other tools": that names nothing).
      String.raw`\b(?:compared (?:with|to)|versus|vs\.?) (?!(?:other|others|competitors?|competing|the competition|alternatives?|similar|leading|rival|any|most)\b)(?:the |a |an |their |your |traditional |conventional |standard |existing |plain |ordinary )?(?:[a-z][a-z-]+)(?: [a-z-]+){0,2}\b`,
      String.raw`\b[a-z]+s (?:who|that) (?:did not|didn't|do not|don't) (?:use|have|get) (?:it|the tool|the product|the assistant|[A-Z][a-z]+)\b`,
      String.raw`\b(?:their|its|his|her|our) own (?:[a-z-]+ ){0,2}(?:from )?(?:before|prior|beforehand)\b`,
      String.raw`\b\d[\d.,]*\s?(?:%|[a-z]+)? (?:vs\.?|versus|against|compared with|compared to) [$€£]?\d`,
      String.raw`\b(?:versus|vs\.?|against|compared (?:with|to)) [$€£]?\d[\d.,]*`,
      String.raw`\band [$€£]?\d[\d.,]*\s?(?:%|[a-z]+)? without\b`,
      String.raw`\b(?:than|compared (?:with|to)|versus|vs\.?) (?:in |with |for )?(?:our|the|its|their|a) (?:previous|prior|old|older|earlier|last|first|original|legacy|existing|\d{4}) (?:[a-z-]+ ){0,2}(?:one|version|release|model|system|editor|templates?|engine|tool|process|workflow|closes?|quarter|year|period)\b`,
      String.raw`\bcompared (?:with|to) (?:the same|their|its|our) (?:[a-z'’-]+ ){0,4}(?:\d{4}|previous|prior|last|earlier|before|months?|period|templates?)`,
      String.raw`\bcompared (?:with|to) (?:manual|human|hand|the rules engine|the legacy|the existing|the old)[^,;.]{0,60}`,
      String.raw`\b(?:the )?(?:rules engine|system|tool|process) it replaced\b`,
      String.raw`\bbefore (?:and|/) after\b|\bbefore[/-]after\b`,
      String.raw`\b(?:those|teams?|agents|users|writers|stores|the team|people) (?:without|not using|that did not use|who did not use) (?:it|the tool|the product|[A-Z][a-z]+)\b`,
      String.raw`\bwith the tool and \d`,
      String.raw`\b(?:compared (?:with|to)|than|versus|vs\.?) (?:in |the same (?:period|months?|quarter|weeks?) (?:of |in |last )?)?(?:${MONTH} )?${YEAR}\b`,
      String.raw`\b(?:year[- ]over[- ]year|YoY|month[- ]over[- ]month)\b`,
      String.raw`\bfrom scratch\b`,
      String.raw`\binstead of (?:their|the|a) [a-z]+\b`,
      String.raw`\brelative to (?:the )?(?:baseline|control|previous|prior)\b`,
      String.raw`\bbaseline\b`,
    ],
  ],
  [
    'sample',
    [
      String.raw`\b(?:n=|n =|n= |n =)\s?\d[\d,]*`,
      String.raw`\bsample (?:size )?of ${NUM}`,
      String.raw`\b${STUDY_VERB} (?:all |the |some |about |around |nearly |almost |a total of |more than |over )?${NUM}(?![\d,+])\s?(?:(?!(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|per|across|in|at)\b)[a-zA-Z-]+ ){0,2}${STUDY_UNIT}\b`,
      String.raw`\(\s?${NUM}(?![\d,+])\s?(?:[a-zA-Z-]+ ){0,2}${STUDY_UNIT}\b`,
      String.raw`\b${NUM}(?![\d,+])\s(?:[a-zA-Z-]+ ){0,2}${STUDY_UNIT} (?:(?:at|from|in|across) ${NUM} [a-z]+ )?(?:took part|participated|were (?:randomly )?(?:assigned|recruited|studied|surveyed|tested|sampled|included|enrolled)|produced|completed|finished|in (?:the|a|our|each) (?:study|trial|test|group|sample|pilot))`,
      String.raw`\b(?:for|on) ${NUM} (?:[a-zA-Z-]+ ){0,2}${STUDY_UNIT}\b`,
    ],
  ],
  [
    'measured',
    [
      String.raw`\brandomi[sz]ed(?: controlled)?(?: trial| experiment| study)?\b`,
      String.raw`\bcontrolled (?:trial|experiment|study)\b`,
      String.raw`\bA\/?B[- ]test(?:s|ed|ing)?\b`,
      String.raw`\bpre-?registered\b`,
      String.raw`\b(?:double[- ])?blind(?:ed)?(?: (?:review(?:ers)?|rating|test|evaluation|judges|raters))?\b`,
      String.raw`\bpeer[- ]reviewed\b`,
      String.raw`\bmeta-analysis\b`,
      String.raw`\b(?:field|lab|laboratory|natural|time-and-motion|before[/-]after|longitudinal|cohort|observational) (?:study|experiment)\b`,
      String.raw`\bstaggered rollout\b`,
      String.raw`\bshadow (?:test|mode|deployment)\b`,
      String.raw`\b(?:experiment|pilot|study|evaluation|benchmark)s?\b`,
      String.raw`\bheld[- ]out (?:test |evaluation )?(?:set|sample|data)\b`,
      String.raw`\b(?:9[059]% )?confidence intervals?\b|\b9[059]% CI\b|\(CI [\d.]`,
      String.raw`(?<!free |-day |day |\b\d{1,3} |free-)\btrials?\b(?! (?:period|plan|version|account))`,
      String.raw`\baudit(?:s|ed)?\b(?! logs?)`,
      String.raw`\b(?:measured|evaluated|benchmarked|tested|audited|timed|calculated|logged|studied|sampled|observed)(?: (?:on|in|over|across|with|from|using|against))?\b`,
      String.raw`\b(?:session|helpdesk|server|usage|system|event|call|access) logs?\b`,
      String.raw`\blog (?:data|analysis)\b`,
      String.raw`\bevaluation script\b`,
      String.raw`\b(?:whitepaper|white paper|case study|methodology|method note|raw data|evaluation report|technical report|trial report|study report|annual report)\b`,
    ],
  ],
  [
    'date',
    [
      String.raw`\b(?:Q1|Q2|Q3|Q4|H1|H2)\s?${YEAR}\b`,
      String.raw`\b(?:\d{1,2} )?${MONTH}\.?(?: \d{1,2},?)? ${YEAR}\b`,
      String.raw`(?<!©\s?|\(c\)\s?|[\d-])\b${YEAR}\b(?!\s?(?:%|[-–]\d))`,
      String.raw`\b(?:as of|since|between|in) ${MONTH} ${YEAR}\b`,
    ],
  ],
  [
    'review',
    [
      String.raw`\b(?:still |always |each |every )?(?:reviewed|checked|approved|signed|edited|verified|confirmed) by (?:a |an |the |our |your )?(?:human|clinician|analyst|editor|lawyer|manager|supervisor|doctor|person|agent|reviewer|team lead|accountant)s?\b`,
      String.raw`\b(?:an? |the |your )?(?:human|person|clinician|analyst|editor|lawyer|manager|supervisor|doctor|agent|reviewer|team lead|accountant|operator) (?:checks|reviews|approves|signs|edits|confirms)\b`,
      String.raw`\b(?:needs?|requires?|must have) (?:a )?(?:human|manual|your) (?:review|check|sign-?off|approval)\b`,
      String.raw`\bbefore (?:it|they|each (?:one|report|draft)|anything) (?:goes|go|is|are) (?:out|sent|published|filed)\b`,
      String.raw`\bhuman[- ]in[- ]the[- ]loop\b`,
      String.raw`\b(?:review|check|approve|edit) (?:it |them |each (?:one|draft) )?before (?:sending|it goes|publishing|you send)\b`,
      String.raw`\bmust review\b`,
    ],
  ],
  [
    'limit',
    [
      String.raw`\blimitations?\b`,
      String.raw`\b(?:does|do|did) (?:worse|less well|poorly)\b`,
      String.raw`\b(?:performance|accuracy|quality|results?) (?:drops?|falls?|degrades?|is lower|are lower|suffers?)\b`,
      String.raw`\b(?:is|are) not supported\b`,
      String.raw`\bnot (?:statistically significant|suitable|designed|intended|a substitute|a replacement|guaranteed|investment advice|representative)\b`,
      String.raw`\bworks best (?:for|when|on|with)\b`,
      String.raw`\b(?:less|not as|far less) (?:accurate|effective|useful|reliable)\b`,
      String.raw`\b(?:can|may|will|might|does) (?:make mistakes|be wrong|contain errors|get things wrong|hallucinate|misread|fail)\b`,
      String.raw`\bfails? (?:on|when|for|to)\b`,
      String.raw`\b(?:gains?|effects?|results?|improvements?|benefits?) (?:were|was|are|is) (?:smaller|larger|concentrated|mostly|limited|strongest|weaker|largest)\b`,
      String.raw`\bwith the largest gains\b`,
      String.raw`\b(?:individual )?results (?:may |will |can )?vary\b`,
      String.raw`\bnot typical\b`,
      String.raw`\bless likely to be (?:right|correct|accurate)\b`,
      String.raw`\bwe (?:have no|do not have|don't have) (?:controlled )?(?:evidence|data)\b`,
      String.raw`\bdoes not (?:work|catch|cover|apply|handle)\b`,
      String.raw`\bexcept (?:for|when|on)\b`,
      String.raw`\bnot all of\b`,
      String.raw`\bpast performance\b`,
      String.raw`\bno guarantee\b`,
      String.raw`\bcaveats?\b`,
      String.raw`\bslightly (?:lower|worse|below)\b`,
    ],
  ],
  [
    'scope',
    [
      String.raw`\bmedian\b`,
      String.raw`\b(?:on )?average\b`,
      String.raw`\bmean\b(?= \w+ (?:time|score|rate|of))`,
      String.raw`\b\d+(?:st|nd|rd|th) percentile\b`,
      String.raw`\bper (?:task|deck|ticket|reply|week|agent|user|report|document|hour|month|call|case|visit|invoice|session|job)\b`,
      String.raw`\bfor (?:one-hour|\d+-(?:hour|minute|page|word)|short|long|typed|clean|standard|simple|routine|English|first[- ]time) (?:[a-z-]+ ){0,2}(?:files?|documents?|audio|recordings?|tasks?|requests?|cases|users|drafts?|tickets?)\b`,
      String.raw`\bon (?:clean|typed|printed|standard|simple|routine|short|English|scanned|[a-z]+-tier) (?:[a-z,]+ ){0,2}(?:documents?|text|audio|images?|tasks|tickets|files|jobs|inputs|invoices|receipts|forms|contracts|emails|scans)\b`,
      String.raw`\b(?:standard|basic|pro|enterprise)[- ]tier\b`,
      String.raw`\b(?:across|among|for|in) (?!(?:your|my|any|every) )(?:all |the |our |newer |new |novice |experienced |junior |senior |first[- ]time )?(?:[a-z-]+ )?(?:chats|tickets|agents|teams|users|customers|calls|documents|tasks|cases|workflows|invoices|replies|queries|emails|contracts|transactions)\b`,
      String.raw`\bon tasks (?:inside|outside|within)\b`,
      String.raw`\bmost (?:new )?(?:users|customers|teams)\b`,
      String.raw`\bin (?:English|Chinese|German|French|Spanish|Japanese)\b`,
    ],
  ],
];

export const EVIDENCE_ZH: Array<[EvidenceTag, readonly string[]]> = [
  ['generic', ['(?:研究|数据|专家|科学|统计)(?:表明|显示|证明|认为)', '据统计', '有研究', '科学证明']],
  ['bestcase', ['(?:最高|高达|最多)(?=\\s?[\\d一二两三四五六七八九十])']],
  ['commissioned', ['委托(?:[^，。]{0,6})(?:研究|调研|报告)']],
  ['selfreport', ['问卷(?:调查)?', '调研', '(?:用户|客户|受访者|教师)(?:纷纷)?(?:表示|认为|反馈|觉得|称)', '自我报告', '自评', '用户反馈', '满意度调查']],
  ['internal', ['内测', '内部(?:测试|数据|统计|评测|测试集|盲评|试用|试点)', '自测', '回测', '模拟数据', '试点', '小规模']],
  ['unnamed', ['某(?:[^，。]{0,8})(?:大赛|公司|企业|机构|银行|平台|大厂)', '第三方平台', '(?:来源：)?客户案例', '知名(?:企业|客户|机构)']],
  [
    'auditor',
    [
      '(?:第三方|独立)(?:测评|评测|审计|认证)?机构[\\u4e00-\\u9fff]{2,12}(?:实验室|研究院|中心|公司)?',
      '经[\\u4e00-\\u9fff]{2,12}(?:认证中心|实验室|研究院|事务所|测评中心|审计)(?:[^，。]{0,10})(?:审核|审计|认证|测评)',
      '[\\u4e00-\\u9fff]{2,12}(?:认证中心|会计师事务所|律师事务所)',
      '证书编号',
    ],
  ],
  [
    'benchmark',
    [
      '[A-Za-z][A-Za-z0-9-]*(?:\\s?\\d{4})?(?:公开)?(?:榜单|测试集|评测集|数据集|基准)',
      '(?:公开)?(?:榜单|测试集)',
      '(?:C-Eval|CMMLU|CMRC\\s?\\d{4}|WMT\\d{2}|MMLU|SuperCLUE|CLUE)',
    ],
  ],
  ['platform', ['应用宝', '华为应用市场', '小米应用商店', 'App\\s?Store', '应用商店', 'GitHub', '豆瓣', '知乎', '小红书']],
  [
    'named',
    [
      '《[^》]{2,40}》',
      '据[\\u4e00-\\u9fffA-Za-z]{2,12}(?:的|发布的)?(?:统计|报告|研究|测评|调查|数据)',
      '(?:IDC|Gartner|艾瑞|易观|中国信通院|信通院|赛迪|弗若斯特沙利文|沙利文)',
      '(?:36氪|虎嗅|极客公园|晚点|财新|澎湃|新华社|人民日报|央视)',
      '[\\u4e00-\\u9fff]{2,10}(?:大学|研究院|研究所|实验室|评测)',
    ],
  ],
  [
    'customer',
    [
      '[\\u4e00-\\u9fff]{2,8}(?:集团|科技|银行|农商行|保险|医院|物流|零售|教育|证券|文创|贸易|有限公司|公司|文旅)(?=[^。]{0,30}(?:从|由|将|把|降|缩短|提升|减少|增长))',
    ],
  ],
  ['standard', ['ISO\\s?\\d{4,5}', 'SOC\\s?2', '等(?:级)?保(?:护)?三级', '个人信息保护法', '数据安全法', 'GDPR', '网络安全等级保护']],
  [
    'baseline',
    [
      '对照组',
      '基线',
      '同比',
      '环比',
      '(?:从|由)(?:上一代的|之前的|原来的|以前的)?\\s?(?:[\\d.]+|[一二两三四五六七八九十百千半]+(?=个|名|天|周|月|年|小时|分钟|秒|倍|成|份|千分|万分|百分|分之))[^，。；]{0,12}?(?:降至|降到|缩短到|缩短至|减少到|减少至|变成|变为|降为|提升到|提升至|提高到|提高至|增至|增加到|到)',
      '比我们\\d{4}年的版本',
      '比上一代',
      '(?:人工|手工)(?:撰写|整理|复核)?(?:的|组)(?:[^，。]{0,8})(?:平均|为)\\s?[\\d.]+',
      '相比(?:之前|上线前|使用前)',
      '(?:相比|相较|对比|比|较)(?:于)?(?:纯|传统的?)?(?:人工|手工|人力)',
      '(?:与|和|跟)(?:纯|传统的?)?(?:人工|手工|人力)[^，。；]{0,8}(?:相比|相较|对比)',
      '使用前后',
      '同一批[^，。]{0,10}分别',
      '(?:手工|人工)(?:整理|撰写|处理|审核)和(?:使用|用)',
      '(?:使用|上线|引入)(?:前|之前)',
    ],
  ],
  [
    'sample',
    [
      `(?:对|在|共|覆盖|涵盖|来自|基于|抽检|测试了|评测了|统计了|有|计时|中|的|前)\\s?[\\d,.]+\\s?(?:万|千)?\\s?(?:名|位|家|个|份|条|段|笔|次|场|件|张|篇|例)?(?:[^\\s，。、（）()\\d]{0,6}?)${ZH_UNIT}`,
      `[\\d,.]+\\s?(?:万|千)?\\s?(?:名|位|家|个|份|条|段|笔|场|件|张|篇|例)(?:[^\\s，。、（）()\\d]{0,6}?)${ZH_UNIT}`,
      '样本(?:量|数)?\\s?[为:：]?\\s?[\\d,]+',
    ],
  ],
  [
    'measured',
    [
      '随机(?:对照)?(?:实验|试验)?',
      '置信区间',
      '(?:前瞻性|回顾性|多中心|临床|对照|随机对照|队列)研究',
      '(?:留出|保留|独立)(?:的)?测试集',
      '对照(?:实验|试验)',
      '(?:双盲|盲测|盲审|盲评|盲听)',
      'A/B(?:测试|实验)',
      '实验',
      '试验',
      '评测',
      '测评',
      '审计',
      '实测',
      '抽检',
      '计时',
      '统计',
      '离线评测',
      '(?:日志|后台数据)',
      '测试(?:中|结果|显示|表明|数据)',
      '(?:一项|这项|该|我们的|\\d{4}年的?)研究',
      '研究(?:报告|论文)',
      '白皮书',
      '报告',
      '方法说明',
      '原始数据',
      '评测脚本',
      '年报',
      '年度报告',
    ],
  ],
  [
    'date',
    [
      '(?:19[89]\\d|20[0-4]\\d)\\s?年(?:第?[一二三四1-4]季度|\\d{1,2}\\s?月|[上下]半年)?',
      '(?:19[89]\\d|20[0-4]\\d)(?:上|下)半年',
      '截至(?:19[89]\\d|20[0-4]\\d)',
    ],
  ],
  [
    'review',
    [
      '(?:发送|提交|发布)前(?:都)?(?:要|需要?|必须)(?:[^，。]{0,6})(?:确认|审核|复核|审批)',
      '(?:可由|需由|由)(?:[^，。]{0,4})(?:主管|负责人|人工|医生|律师|编辑)(?:修改|确认|审核|复核|签字)',
      '(?:需要?|要|由|经|经过|必须|仍需|可由|交由)人工(?:审核|复核|确认|改数|修改)',
      '仍需(?:人工)?',
    ],
  ],
  [
    'limit',
    [
      '局限',
      '不适用',
      '仅适用',
      '仅限',
      '效果因[^，。]{0,4}而异',
      '因人而异',
      '会有所下降',
      '有所下降',
      '略低于',
      '(?:升至|降至)[\\d.]+%(?=[^，。]{0,4}$)',
      '暂不支持',
      '不支持',
      '可能(?:出错|有误|不准确)',
      '不构成',
      '误差',
      '较差',
      '没有盈利',
      '基本不变',
    ],
  ],
  [
    'scope',
    [
      '中位数',
      '平均',
      '标准套餐下',
      '(?:在|于)[^，。]{1,10}(?:场景|任务|环节|条件|环境|硬件|GPU|A100|H100)(?:下|中|上)',
      '输入[\\d,]+字',
      '批量为\\s?\\d',
      '普通话',
      '单张',
      '约?[一二三四五六七八九]成',
    ],
  ],
];

/** Patterns that rely on capital letters (names of organisations, people, benchmarks): matched case-sensitively. */
export const EVIDENCE_EN_CASED: Array<[EvidenceTag, readonly string[]]> = [
  [
    'auditor',
    [
      String.raw`\b(?:[Aa]udited|[Vv]erified|[Vv]alidated|[Cc]ertified|[Ii]ssued|[Aa]ssessed|[Rr]eviewed|[Aa]naly[sz]ed|[Ee]valuated|[Cc]onducted|[Aa]ttested)(?: independently)? by (?:our (?:external |independent )?(?:auditor|assessor|certifier|evaluator),? )?(?:the )?[A-Z][A-Za-z&.'’-]+(?:[ ,]+(?:&|and|of|for)?\s?[A-Z][A-Za-z&.'’-]+){0,5}`,
      String.raw`\bindependent(?:ly)? (?:evaluation|audit|assessment|study|analysis|review|test) (?:by|from|at) (?:the )?[A-Z][A-Za-z&.'’-]+(?: [A-Z][A-Za-z&.'’-]+){0,4}`,
      String.raw`\b(?:external|independent|third[- ]party) (?:auditor|assessor|certifier|evaluator|lab)s?,? (?:the )?[A-Z][A-Za-z&.'’-]+(?: [A-Z&][A-Za-z&.'’-]*){0,4}`,
      // "Halvorsen Research Group, an independent consultancy": the name, then what makes it independent.
      String.raw`\b[A-Z][A-Za-z&.'’-]+(?: [A-Z&][A-Za-z&.'’-]*){0,4},? (?:an? )?(?:independent|external|third[- ]party) (?:consultancy|consultants|research (?:firm|group|institute|lab)|evaluator|assessor|auditor|laboratory|lab|testing (?:firm|lab|house))\b`,
      String.raw`\b[A-Z][A-Za-z&.'’-]+(?: [A-Z&][A-Za-z&.'’-]*){0,3} (?:LLP|CPAs?|Certification|Assurance)\b`,
    ],
  ],
  [
    'benchmark',
    [
      String.raw`\b(?:on|in|against|across|using) the (?:public |held-out |standard |official )?[A-Z][A-Za-z0-9.+-]*(?:[ -][A-Za-z0-9.+-]+){0,3} (?:leaderboard|benchmark|test[- ]set|dataset|test images|evaluation|suite|arena)\b`,
      String.raw`\b(?:MTEB|MMLU|HumanEval|MBPP|GSM8K|SWE-bench|ImageNet|COCO|LibriSpeech|WMT\d{2}|GLUE|SuperGLUE|SQuAD|HellaSwag|ARC|BIG-bench|Chatbot Arena|LMSYS|HELM|MT-Bench|TruthfulQA|DAGM|CommonVoice|Common Voice|FLORES|BEIR|C-Eval|CMMLU|CMRC ?\d{4}|MLPerf)\b`,
      String.raw`\b(?:test-clean|test-other|held-out test|test set)\b`,
    ],
  ],
  [
    'benchmark',
    [
      String.raw`\b(?:[Oo]n|[Ii]n|[Aa]gainst|[Aa]cross|[Uu]sing) the (?:public |held-out |standard |official )?[A-Z][A-Za-z0-9.+-]*(?:[ -][A-Za-z0-9.+-]+){0,3} (?:leaderboard|benchmark|test[- ]set|dataset|test images|evaluation|suite|arena)\b`,
    ],
  ],
  [
    'named',
    [
      String.raw`\baccording to (?!our\b|internal\b|a\b|an\b|the company\b|some\b|many\b|experts\b|studies\b|research\b)(?:the )?[A-Z][A-Za-z&.'’-]+(?: [A-Z&][A-Za-z&.'’-]*){0,4}`,
      String.raw`\bet al\.?`,
      String.raw`\b[A-Z][a-z]+(?:,| and) [A-Z][a-z]+(?:,? and [A-Z][a-z]+)?,? (?:\(?(?:19|20)\d{2}\)?|[A-Z][a-z]+ (?:at|for) )`,
      String.raw`\b(?:NBER|SSRN|arXiv|DOI|doi\.org|PubMed|Science|Nature|The Lancet|NEJM|JAMA|PNAS|Working Paper)\b`,
      String.raw`\b(?:Gartner|Forrester|IDC|McKinsey|Deloitte|PwC|KPMG|EY|Nielsen|Pew Research|Stanford|MIT|Harvard|Oxford|Cambridge)\b`,
      String.raw`\b(?:TechCrunch|Wired|The Verge|New York Times|NY Times|NYT|The New Yorker|Forbes|Bloomberg|Reuters|BBC|Financial Times|The Guardian|Wall Street Journal|WSJ|Fast Company|VentureBeat|The Information|Axios|CNBC)\b`,
      String.raw`\b[A-Z][A-Za-z&'’-]+(?: [A-Z&][A-Za-z&'’-]*){0,3} (?:University|Institute|Laboratory|Labs?|Economics|Research|Consulting|Analytics|Partners|Group|Foundation|Council|Association|Bank|Insurance|Health|Logistics|Dental|Clinic|Hospital|Academy|College|Inc\.?|Ltd\.?|LLC|GmbH|AG|S\.A\.|Co\.)(?![A-Za-z])`,
      String.raw`\b(?:University|Institute) (?:of|for) [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,3}`,
      String.raw`\b(?:[A-Z][A-Za-z]+ )+& (?:[A-Z][A-Za-z]+)(?: (?:LLP|LLC|Co\.?|Inc\.?))?`,
      String.raw`\bannual report\b`,
    ],
  ],
  [
    'customer',
    [
      String.raw`\b(?:[Aa]t |[Ff]or |[Ww]ith )?(?!(?:Our|We|You|Your|The|This|That|It|Its|They|Their|My|I|A|An|Most|Many|Some|All|Every|Each|One|Teams?|Users?|Customers?|Clients?|Companies|Leaders|People|Businesses|Agents|Writers|Response|Median|Average|CSAT|Tickets|Product|Drafts?|Reports?)\b)[A-Z][A-Za-z&.'’-]+(?: (?:&|[A-Z][A-Za-z&.'’-]*)){0,3}(?= (?:cut|reduced|saved|increased|grew|improved|raised|lowered|doubled|halved|went from|moved from|saw|disclosed|reported)\b(?! (?:our|my|your|us|me)\b))`,
      String.raw`\b[Cc]ustomer (?:story|case study|case)[:：]\s*[A-Z][A-Za-z&.'’-]+`,
      String.raw`\b(?:[Tt]eams|[Pp]eople|[Ee]ngineers|[Mm]arketers|[Dd]esigners|[Ww]riters|[Ll]awyers|[Aa]nalysts|[Cc]ustomers|[Bb]rands) (?:at|from|like|including) [A-Z][A-Za-z&.'’-]+(?:(?:,| and| &|, and) [A-Z][A-Za-z&.'’-]+){1,5}`,
      String.raw`\b(?:[Cc]ustomers|[Cc]lients) (?:include|such as) [A-Z][A-Za-z&.'’-]+(?:(?:,| and| &|, and) [A-Z][A-Za-z&.'’-]+){0,5}`,
    ],
  ],
];
