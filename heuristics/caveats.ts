// Caveats: where a page says what its product does not do, or how often it fails. They are
// honesty, not claims: never graded as unsupported promises, and they count for the page as
// a stated limitation (signals.ts). Both languages, by shape:
//   a negated or limiting comparison  "it is not more accurate than careful people", "不如人工准确"
//   a failure rate                    "only 83% on long invoices", "handwritten: 71%", "准确率降至71%"
//   a limit stated                    "does not work on scanned PDFs", "not suitable for legal advice", "暂不支持手写体"
//   a human in the loop               "a person reviews every summary before it is sent", "发送前需负责人确认"
/** A person checks the output before it counts: a limit stated, and the checklist's "human review". */
const HUMAN_REVIEW_PARTS = [
  // A review step by a double negative: "nothing reaches your ledger without a human click".
  String.raw`^(?:nothing|no [a-z]+)\b[^.!?]{0,60}\bwithout (?:a |an |the )?(?:human|person|reviewer|someone)(?:'s)?\b`,
  String.raw`\b(?:a|an|one of our|your|the) (?:human|person|people|reviewer|editor|lawyer|doctor|accountant|clinician|support agent|staff member)s? (?:(?:must|should|always|then) )?(?:reviews?|checks?|approves?|signs? off|edits?)\b`,
  String.raw`\b(?:review|check|approve) (?:every|each|all)\b[^.!?]{0,40}\bbefore\b`,
  // A step nobody can skip: someone must review; the tool never acts on its own; no auto-send.
  String.raw`\b(?:must|has to|have to) (?:review|check|approve|sign off on)\b[^.!?]{0,40}\b(?:every|each|all|before)\b`,
  String.raw`\bnever (?:sends?|posts?|publishes?|submits?|files?|replies|pays?|deletes?)\b[^.!?]{0,30}\bon its own\b`,
  String.raw`\bno auto-?(?:send|post|publish|reply|approve)\b`,
  // A person the output is sent to, or who checks it: "sent to a person for review", "goes to human review", "checked by an accountant".
  String.raw`\b(?:sent|passed|routed|handed|escalated|referred|goes|go|going) (?:on )?(?:to|for|through) (?:a |an |the |one of our |your )?(?:human|person|people|reviewer|editor|lawyer|accountant|doctor|clinician|specialist|expert|staff member|member of (?:our|your|the) team|manual) ?(?:review|check|approval|sign-?off)?`,
  String.raw`\b(?:checked|reviewed|approved|verified|signed off|double-checked) by (?:a |an |the |one of our |your )?(?:human|person|people|reviewer|editor|lawyer|accountant|doctor|clinician|specialist|expert|staff member)s?\b`,
  '(?:需|需要|须|必须|由|经|建议|交由|交给)(?:人工|负责人|专人|主管|律师|医生|会计师?|专家|编辑|审核员|工作人员)(?:进行)?(?:审核|复核|确认|审阅|把关|核对)|(?:人工|负责人|主管|律师|专家)(?:审核|复核|确认)后',
];
export const HUMAN_REVIEW = new RegExp(HUMAN_REVIEW_PARTS.join('|'), 'i');

export const CAVEAT = new RegExp(
  [
    String.raw`\b(?:is|are|it's|it is|isn't|aren't)?\s?not (?:more|as|always|yet|fully) (?:accurate|reliable|precise|good|safe|fast)\b`,
    String.raw`\bless (?:accurate|reliable|precise) than\b`,
    String.raw`\b(?:worse|slower) than (?:a |an |careful |skilled |experienced )?(?:human|people|person|expert|manual)`,
    String.raw`\b(?:only|just) \d+(?:\.\d+)?\s?% (?:on|for|with|of|when)\b`,
    String.raw`\b(?:drops?|falls?|fell|dropped|declines?) to \d+(?:\.\d+)?\s?%`,
    String.raw`\b(?:handwrit\w*|low[- ]light|noisy|blurry|long (?:documents|invoices|files)|scanned)[^.!?:]{0,30}:\s?\d+(?:\.\d+)?\s?%`,
    String.raw`\b(?:does not|doesn't|cannot|can't|won't|will not) (?:yet )?(?:work|handle|read|support|replace|detect|understand)\b`,
    String.raw`\b(?:struggles|fails|is unreliable|makes mistakes) (?:with|on|when|for)\b`,
    String.raw`\bnot (?:suitable|designed|intended|a substitute) for\b`,
    // The disclaimer a careful tool states: "may contain errors", "AI can make mistakes", "can be inaccurate".
    String.raw`\b(?:may|can|might|will sometimes|sometimes) (?:contain|make|produce|include|generate) (?:errors|mistakes|inaccuracies|omissions)\b`,
    String.raw`\b(?:may|can|might) (?:be|become) (?:inaccurate|wrong|incorrect|incomplete|out of date)\b`,
    // An outcome it does not promise: "expect to save time, not to catch more errors".
    String.raw`\bnot (?:to )?(?:catch|find|spot|make|get|see|expect|improve) (?:more|fewer|better|any)\b`,
    ...HUMAN_REVIEW_PARTS,
    '不如(?:人工|人类|专业人士|真人|熟练)',
    '(?:并不|并没有|没有|不会)(?:比[^，。]{0,8})?更(?:准确|可靠|精确|好)',
    '比(?:人工|人类)(?:差|慢|低)',
    '(?:准确率|识别率|正确率)(?:仅|只有|降至|降到|会下降|较低)',
    '(?:暂不支持|不适用于|无法(?:处理|识别|替代|保证)|(?:不|并不|不会|不能)(?:替代|取代|代替)|效果较差|容易出错)',
    '(?:可能|难免|仍会|偶尔)(?:存在|出现|包含|会有|有)?(?:错误|误差|偏差|疏漏|不准确)',
  ].join('|'),
  'i',
);

/** The caveat a sentence states, if it states one. */
export function caveatIn(text: string): string | undefined {
  const m = CAVEAT.exec(text);
  return m ? m[0] : undefined;
}
