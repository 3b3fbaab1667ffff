// Opened once, on install: how to pin the button so that its badge shows, what the badge and the
// colours mean, the privacy promise, how to switch automatic scanning off, and a sample page
// judged live by the same engine.
import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ClaimCard } from '../../components/ClaimCard';
import { GradeTile } from '../../components/Grade';
import { useI18n, useTitle } from '../../components/i18n';
import { IconLogo } from '../../components/icons';
import { PageShell } from '../../components/PageShell';
import { analyse } from '../../heuristics/index';
import { GRADES, type TextBlock } from '../../heuristics/types';
import type { MessageKey, UiLang } from '../../locales/index';
import { sortedClaims } from '../../utils/present';
import { type Read, type Settings, updateSettings } from '../../utils/storage';
import { lineRole } from '../content/roles';

export function App() {
  return <PageShell>{(settings) => <Welcome settings={settings} />}</PageShell>;
}

/** A fictional product page in each language: some claims unsupported, one well backed. */
export const SAMPLES: Record<UiLang, string> = {
  en: [
    "Cut your meeting admin by 75% with the world's most accurate AI note-taker.",
    'Trusted by 20,000+ teams.',
    'One click turns any call into a summary, action items and follow-up emails, with no human needed.',
    'In a 2024 study of 140 product managers, median time spent on meeting notes fell from 22 to 9 minutes a week, compared with writing notes by hand.',
    '“It has changed how our team works.” — Dana, Product Lead',
    'Pricing',
    '$9 per user per month. Free plan for up to 5 meetings.',
    'Start free trial',
  ].join('\n'),
  zh: [
    '会议纪要效率提升10倍，全球首个零失误的AI记录助手。',
    '超过20000个团队信赖。',
    '一键生成会议纪要、待办事项和跟进邮件，无需人工。',
    '2024年一项覆盖140名产品经理的研究显示，与手写纪要相比，每周整理纪要的中位时间从22分钟降至9分钟。',
    '“它改变了我们团队的工作方式。”——某产品负责人',
    '价格',
    '每人每月39元，免费版每月可记录5场会议。',
    '免费试用',
  ].join('\n'),
};

/** One block per line, each with the role its place and shape suggest, as the page scraper would find it (content/roles.ts). */
export function sampleBlocks(text: string): TextBlock[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, 40)
    .map((line, i): TextBlock => ({ id: `s${i}`, text: line.slice(0, 2000), role: lineRole(line, i === 0) }));
}

function Welcome({ settings }: { settings: Read<Settings> }) {
  const { t } = useI18n();
  useTitle(t('welcome.title'));
  return (
    <main class="page welcome">
      <header class="welcome__hero">
        <IconLogo size={56} />
        <div>
          <h1 class="page__title">{t('welcome.title')}</h1>
          <p class="page__lead">{t('welcome.lead')}</p>
        </div>
      </header>
      <Pin />
      <Grades />
      <Privacy />
      <Manual autoScan={settings.value.autoScan} />
      <Sample />
    </main>
  );
}

/** Browsers hide a new extension's button in their extensions menu: how to pin it, in words and in a picture. */
function Pin() {
  const { t } = useI18n();
  return (
    <section class="card pin" aria-labelledby="pin-heading" data-testid="welcome-pin">
      <div class="pin__text">
        <h2 id="pin-heading">{t('welcome.pin')}</h2>
        <p class="card__intro">{t('welcome.pinText')}</p>
        <ul class="pin__steps">
          <li>{t('welcome.pinChrome')}</li>
          <li>{t('welcome.pinFirefox')}</li>
        </ul>
      </div>
      <PinPicture />
    </section>
  );
}

/** The toolbar, its extensions menu open, and the pin beside Sceptic: drawn, so that it follows the theme. */
function PinPicture() {
  const { t } = useI18n();
  return (
    <svg class="pin__picture" viewBox="0 0 360 150" role="img" aria-label={t('welcome.pinPicture')} data-testid="welcome-pin-picture">
      <rect x="1" y="1" width="358" height="42" rx="8" class="pin__bar" />
      <rect x="12" y="9" width="214" height="26" rx="13" class="pin__address" />
      <text x="28" y="27" class="pin__label">
        example.com
      </text>
      {/* The extensions (puzzle) button, pointed at. */}
      <circle cx="258" cy="22" r="15" class="pin__ring" />
      <path class="pin__icon" d="M251 16h5a3 3 0 0 1 6 0h5v5a3 3 0 0 1 0 6v5h-5a3 3 0 0 0-6 0h-5v-5a3 3 0 0 0 0-6z" transform="translate(-1 -2)" />
      <circle cx="300" cy="22" r="4" class="pin__dot" />
      <circle cx="322" cy="22" r="4" class="pin__dot" />
      {/* The menu it opens, with Sceptic and its pin. */}
      <rect x="150" y="52" width="200" height="88" rx="8" class="pin__menu" />
      <text x="164" y="74" class="pin__label pin__label--muted">
        {t('welcome.pinMenu')}
      </text>
      <rect x="162" y="88" width="176" height="36" rx="6" class="pin__row" />
      <rect x="172" y="96" width="20" height="20" rx="5" class="pin__logo" />
      <text x="200" y="111" class="pin__label">
        Sceptic
      </text>
      <circle cx="318" cy="106" r="12" class="pin__ring" />
      <path class="pin__icon" d="M314 99h8l-1.5 6 3.5 3.5h-5.5l-0.5 6.5-0.5-6.5h-5.5l3.5-3.5z" />
      {/* 1, then 2. */}
      <circle cx="258" cy="22" r="7" class="pin__step" transform="translate(14 -14)" />
      <text x="272" y="12" class="pin__step-n">
        1
      </text>
      <circle cx="332" cy="92" r="7" class="pin__step" />
      <text x="332" y="96" class="pin__step-n">
        2
      </text>
    </svg>
  );
}

function Grades() {
  const { t } = useI18n();
  const badge = (text: string) => (
    <span class="badge-sample" aria-hidden="true">
      {text}
    </span>
  );
  return (
    <section class="card" aria-labelledby="grades-heading">
      <h2 id="grades-heading">{t('welcome.grades')}</h2>
      <p class="card__intro">{t('welcome.gradesIntro')}</p>
      <ul class="legend">
        {GRADES.map((g) => (
          <li key={g}>
            <GradeTile grade={g} small />
            <span>
              <strong>{t(`grade.${g}` as MessageKey)}</strong> {t(`grade.meaning.${g}` as MessageKey)}
            </span>
          </li>
        ))}
        <li>
          {badge('–')}
          <span>{t('welcome.badgeUngraded')}</span>
        </li>
        <li>
          {badge('…')}
          <span>{t('welcome.badgeScanning')}</span>
        </li>
        <li>
          {badge('?')}
          <span>{t('welcome.badgeUnreadable')}</span>
        </li>
        <li>
          <span class="badge-sample badge-sample--empty" aria-hidden="true" />
          <span>
            {t('welcome.badgeEmpty')} {t('welcome.badgeEmptyMeaning')}
          </span>
        </li>
      </ul>
      <p class="card__intro legend__verdicts-intro">{t('welcome.verdicts')}</p>
      <ul class="legend legend--verdicts">
        {(['unsupported', 'weak', 'supported'] as const).map((v) => (
          <li key={v}>
            <span class={`pill pill--${v}`}>{t(`verdict.${v}`)}</span>
            <span>{t(`welcome.verdict.${v}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Privacy() {
  const { t } = useI18n();
  return (
    <section class="card privacy" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{t('welcome.privacy')}</h2>
      <ul class="checks">
        <li>{t('welcome.privacy1')}</li>
        <li>{t('welcome.privacy2')}</li>
        <li>{t('welcome.privacy3')}</li>
      </ul>
    </section>
  );
}

function Manual({ autoScan }: { autoScan: boolean }) {
  const { t } = useI18n();
  return (
    <section class="card" aria-labelledby="manual-heading">
      <h2 id="manual-heading">{t('welcome.manual')}</h2>
      <p class="card__intro">{autoScan ? t('welcome.manualText') : t('welcome.manualDone')}</p>
      <div class="toolbar-row">
        {autoScan ? (
          <button type="button" class="btn btn--primary" onClick={() => void updateSettings({ autoScan: false })} data-testid="welcome-manual">
            {t('welcome.manualButton')}
          </button>
        ) : (
          <button type="button" class="btn" onClick={() => void updateSettings({ autoScan: true })}>
            {t('welcome.manualUndo')}
          </button>
        )}
        <button type="button" class="btn btn--ghost" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('welcome.settings')}
        </button>
      </div>
    </section>
  );
}

function Sample() {
  const { t, lang } = useI18n();
  const [edited, setEdited] = useState<string | null>(null);
  const text = edited ?? SAMPLES[lang];
  const report = useMemo(() => analyse(sampleBlocks(text)), [text]);
  const views = useMemo(() => sortedClaims(report, 'about:sample', []), [report]);
  return (
    <section class="card" aria-labelledby="try-heading">
      <h2 id="try-heading">{t('welcome.try')}</h2>
      <p class="card__intro">{t('welcome.tryIntro')}</p>
      <div class="sample">
        <div class="sample__page">
          <label for="sample-text" class="sample__label">
            {t('welcome.sampleLabel')}
          </label>
          <textarea
            id="sample-text"
            class="input sample__text"
            rows={17}
            value={text}
            onInput={(e) => setEdited(e.currentTarget.value)}
            spellcheck={false}
            data-testid="sample-text"
          />
          {edited !== null && (
            <button type="button" class="btn btn--small" onClick={() => setEdited(null)}>
              {t('welcome.sampleReset')}
            </button>
          )}
        </div>
        <div class="sample__result" aria-live="polite" data-testid="sample-result">
          <p class="sample__label">{t('welcome.sampleResult')}</p>
          <div class="grade-row">
            <GradeTile grade={report.grade} testId="sample-grade" />
            <div>
              <p class="summary-card__line">
                {report.grade ? t(`grade.${report.grade}` as MessageKey) : t(`grade.noGrade.${report.noGradeReason ?? 'too-few-claims'}` as MessageKey)}
              </p>
              <p class="hint">
                {t('count.claims', { count: report.counts.claims })} · {t('count.unsupported', { count: report.counts.unsupported })}
              </p>
            </div>
          </div>
          <ol class="claims sample__claims">
            {views.slice(0, 5).map((v) => (
              <ClaimCard key={v.claim.id} view={v} />
            ))}
          </ol>
        </div>
      </div>
      <p class="welcome__next">{t('welcome.next')}</p>
    </section>
  );
}
