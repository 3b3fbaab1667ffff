// One claim: its quote, verdict, where it stands (and where else the page says it), its kinds, each flag with the sceptical note,
// the question for the vendor and the source, the evidence found and what is missing.
// Page text is rendered as text, never as HTML.
import type { ComponentChildren } from 'preact';
import type { Flag } from '../heuristics/types';
import { joinList, LANG_TAG, type MessageKey, punct } from '../locales/index';
import { type ClaimView, flagTexts, quoted, safeHref, unquote, whyText } from '../utils/present';
import type { Dismissal } from '../utils/storage';
import { useI18n } from './i18n';
import { IconExternal, IconTarget } from './icons';

export interface ClaimCardProps {
  view: ClaimView;
  /** Scroll the page to the claim and flash it; absent where there is no live page. */
  onShow?: () => void;
  onDismiss?: (flag: Flag, dismiss: boolean) => void;
  children?: ComponentChildren;
  headingLevel?: 3 | 4;
  /** A card of its own in a list (the default), or the body of a row that opens to it. */
  as?: 'li' | 'div';
}

export function ClaimCard({ view, onShow, onDismiss, children, as = 'li' }: ClaimCardProps) {
  const { t, lang } = useI18n();
  const c = view.claim;
  const quote = (
    <span class="claim__text" lang={LANG_TAG[c.lang]} dir="auto">
      {quoted(c.text)}
    </span>
  );
  const Tag = as;
  const own = as === 'li' ? { 'data-claim-id': c.id, 'data-verdict': c.verdict } : {};
  return (
    <Tag class={`claim claim--${c.verdict}`} {...own}>
      <div class="claim__head">
        <span class={`pill pill--${c.verdict}`}>{t(`verdict.${c.verdict}` as MessageKey)}</span>
        <span class="claim__score" title={t('claim.scoreAria', { score: c.score })}>
          <span class="visually-hidden">{t('claim.scoreAria', { score: c.score })}</span>
          <span aria-hidden="true">{t('score.value', { score: c.score })}</span>
        </span>
        <span class="claim__where">
          {t('claim.where', { role: t(`role.${c.role}` as MessageKey) })}
          {c.also?.length ? (
            <span class="claim__also">{t('claim.also', { places: joinList(lang, [...new Set(c.also.map((a) => t(`role.${a.role}` as MessageKey)))]) })}</span>
          ) : null}
        </span>
      </div>
      {onShow ? (
        <button type="button" class="claim__quote" onClick={onShow} title={t('claim.showOnPage')}>
          <span class="visually-hidden">{t('claim.showOnPage')}: </span>
          {quote}
          <span class="claim__quote-hint">
            <IconTarget />
          </span>
        </button>
      ) : (
        <p class="claim__quote">{quote}</p>
      )}
      <div class="claim__kinds">
        {c.kinds.map((k) => (
          <span class="tag" key={k}>
            {t(`kind.${k}` as MessageKey)}
          </span>
        ))}
      </div>
      {view.flags.length > 0 && (
        <ul class="flags">
          {view.flags.map(({ flag, dismissed }) => (
            <FlagItem key={`${flag.rule}:${flag.span[0]}`} flag={flag} dismissed={dismissed} onDismiss={onDismiss} />
          ))}
        </ul>
      )}
      <Evidence view={view} />
      {children}
    </Tag>
  );
}

function FlagItem({ flag, dismissed, onDismiss }: { flag: Flag; dismissed: Dismissal | undefined; onDismiss?: (flag: Flag, dismiss: boolean) => void }) {
  const { t, lang } = useI18n();
  const href = safeHref(flag.source.url);
  const words = flagTexts(flag, lang);
  const p = punct(lang);
  return (
    <li class={`flag${dismissed ? ' flag--dismissed' : ''}`} data-rule={flag.rule}>
      <div class="flag__title">
        <span>{words.title}</span>
        <span class={`flag__sev flag__sev--${flag.severity}`}>
          {flag.rubric} · {t(`severity.${flag.severity}` as MessageKey)}
        </span>
      </div>
      {dismissed ? (
        <p class="flag__note">{t('claim.dismissedNote')}</p>
      ) : (
        <>
          <p class="flag__note">{words.note}</p>
          <p class="flag__question">
            <span class="flag__question-label">{t('claim.ask')}</span>
            {words.question}
          </p>
        </>
      )}
      <div class="flag__foot">
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer" title={flag.source.name}>
            {t('claim.source')}
            {p.colon}
            {flag.source.name} <IconExternal />
          </a>
        ) : (
          <span>
            {t('claim.source')}
            {p.colon}
            {flag.source.name}
          </span>
        )}
        {onDismiss && (
          <button
            type="button"
            class="btn btn--small btn--ghost flag__dismiss"
            aria-pressed={dismissed ? 'true' : 'false'}
            aria-label={dismissed ? t('claim.undismissAria', { title: words.title }) : t('claim.dismissAria', { title: words.title })}
            onClick={() => onDismiss(flag, !dismissed)}
          >
            {dismissed ? t('claim.undismiss') : t('claim.dismiss')}
          </button>
        )}
      </div>
    </li>
  );
}

function Evidence({ view }: { view: ClaimView }) {
  const { t, lang } = useI18n();
  const c = view.claim;
  const p = punct(lang);
  return (
    <div class="claim__evidence">
      {c.evidence.length ? (
        <>
          <span>
            {t('claim.evidence')}
            {p.colon.trim()}
          </span>
          <ul>
            {c.evidence.map((e, i) => {
              const why = whyText(e, lang);
              return (
                <li key={`${e.kind}:${i}`}>
                  <strong>{t(`evidence.${e.kind}` as MessageKey)}</strong> {t(`place.${e.where}` as MessageKey)}
                  {p.comma}
                  {t(`strength.${e.strength}` as MessageKey)}
                  {why ? `${p.open}${why}${p.close}` : ''}
                  {p.colon}
                  <q dir="auto">{unquote(e.text)}</q>
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p>{t('claim.noEvidence')}</p>
      )}
      {c.missing.length > 0 && (
        <p class="claim__missing">
          {t('claim.missing')}
          {p.colon}
          {joinList(
            lang,
            c.missing.map((m) => t(`evidence.${m}` as MessageKey)),
          )}
        </p>
      )}
    </div>
  );
}
