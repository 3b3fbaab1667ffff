import { defineRule } from '../rule';
import { at } from '../rule-helpers';

/** Words of companionship, care and presence, in both languages. */
const COMPANION =
  /\b(?:always (?:here|there|by your side|listening)|never (?:leaves?|judges?|abandons?|ignores?|gets? tired)|(?:will|'ll) never (?:leave|judge|abandon)|understands? you|gets? you|knows? you|companion|soulmate|girlfriend|boyfriend|confidant|best friend|friend who|alone|lonel\w*|loves? you|cares? (?:about|for) you|listens|emotional support|heal|heart|remembers)\b|永远|陪伴|陪着|懂你|知心|伙伴|不离开|不嫌|孤独|倾听|关心你/i;

export default defineRule({
  id: 'emotional-dependency',
  rubric: 'R6',
  severity: 'critical',
  texts: {
    en: {
      title: 'Promises companionship that never ends',
      note: 'A chatbot cannot care, and "always there" depends on a subscription and a server. Promises of unconditional companionship target lonely people, which is why regulators are asking how these products are tested and monetised.',
      question: 'What safeguards exist for lonely or young users, what happens to the conversations, and what happens when the subscription ends?',
    },
    zh: {
      title: '承诺永远陪伴',
      note: '聊天机器人不会真的关心你，“一直都在”取决于订阅和服务器。无条件陪伴的承诺瞄准的是孤独的人，所以监管机构正在追问这类产品怎么测试、怎么赚钱。',
      question: '对孤独或未成年的用户有哪些保护措施？对话内容怎么处理？订阅到期后会怎样？',
    },
  },
  source: {
    name: 'FTC 6(b) inquiry into AI chatbots acting as companions (September 2025)',
    url: 'https://www.ftc.gov/news-events/news/press-releases/2025/09/ftc-launches-inquiry-ai-chatbots-acting-companions',
  },
  languages: ['en', 'zh'],
  kinds: ['emotional'],
  examples: {
    flag: [
      { text: 'She will always be there for you and will never leave you.', span: 'will never leave' },
      { text: '我永远陪着你，从不嫌你烦。', span: '永远陪着你' },
    ],
    pass: [
      'A practice partner for job interviews: it gives feedback on your answers and ends each session with a summary.',
      'Only 12 seats left at this price.',
      '模拟面试练习工具，每次练习后给出反馈和总结。',
    ],
  },
  check(ctx) {
    // Urgency and fear ("only 23 spots left", "被时代抛弃") are emotional hooks too, but not companionship: the page's
    // pressure signal and the checkable-claim rule speak to them.
    return COMPANION.test(ctx.text) ? at(ctx, 'emotional') : [];
  },
});
