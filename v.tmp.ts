import { readFileSync } from 'node:fs';
import { translator } from './locales/index';
import { scanHtml } from './scripts/lib/node-scan';
import { questionsText, reportMarkdown } from './utils/export';

const { title, report } = scanHtml(readFileSync('examples/zhoubao-zh.html', 'utf8'));
const input = { url: 'https://zhoubao.example/', title, at: Date.UTC(2025, 0, 2), report, sensitivity: 'normal' as const, dismissed: [] };
console.log(reportMarkdown(translator('zh'), 'zh', input, report.engine).slice(0, 5000));
console.log(questionsText(translator('zh'), 'zh', input).text.slice(0, 1200));
