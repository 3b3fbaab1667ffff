// Settings: scanning mode, sensitivity, rules by rubric question, interface language, marks,
// sites where Sceptic stays off, and the data kept in this browser. Every change is saved at once.
import { useEffect, useState } from 'preact/hooks';
import { useI18n, useTitle } from '../../components/i18n';
import { Live, useAnnouncer } from '../../components/Live';
import { PageHeader } from '../../components/PageHeader';
import { PageShell } from '../../components/PageShell';
import { RULES } from '../../heuristics/rules/index';
import { RUBRIC_IDS, type RubricId } from '../../heuristics/types';
import { useComparison, useDismissals, useReports } from '../../hooks/storage';
import type { MessageKey } from '../../locales/index';
import { defaultSettings, LANGUAGES, SENSITIVITIES } from '../../utils/settings';
import { clearDismissed, deleteAllReports, normaliseSite, type Read, type Settings, updateSettings, writeSettings } from '../../utils/storage';
import { openPage } from '../../utils/tab';

export function App() {
  return <PageShell waiting={<main class="page" aria-busy="true" />}>{(settings) => <Options settings={settings} />}</PageShell>;
}

function Options({ settings }: { settings: Read<Settings> }) {
  const { t } = useI18n();
  useTitle(t('options.title'));
  const [message, say] = useAnnouncer(2500);
  // What the reader just changed shows at once and stays shown while it is written: a stored
  // value from an earlier change, arriving after the click, cannot flip a control back.
  const [pending, setPending] = useState<Partial<Settings>>({});
  useEffect(() => {
    setPending((p) => {
      const keys = (Object.keys(p) as Array<keyof Settings>).filter((k) => JSON.stringify(settings.value[k]) === JSON.stringify(p[k]));
      if (!keys.length) return p;
      const next = { ...p };
      for (const k of keys) delete next[k];
      return next;
    });
  }, [settings.value]);
  const s: Settings = { ...settings.value, ...pending };

  const save = async (patch: Partial<Settings>) => {
    setPending((p) => ({ ...p, ...patch }));
    try {
      await updateSettings(patch);
      say(t('options.saved'));
    } catch (err) {
      setPending((p) => {
        const next = { ...p };
        for (const k of Object.keys(patch) as Array<keyof Settings>) delete next[k];
        return next;
      });
      say(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <main class="page options">
      <PageHeader />
      <h1 class="page__title">{t('options.title')}</h1>
      {settings.recovered && (
        <p class="notice notice--warn" role="alert" data-testid="recovered">
          {t('options.recovered', { problems: settings.problems.join(', ') })}
        </p>
      )}

      <section class="card">
        <fieldset class="field">
          <legend>{t('options.scanning')}</legend>
          <div class="choices-row">
            <Choice
              name="scan"
              checked={s.autoScan}
              onSelect={() => void save({ autoScan: true })}
              label={t('options.auto')}
              hint={t('options.autoHint')}
              testId="scan-auto"
            />
            <Choice
              name="scan"
              checked={!s.autoScan}
              onSelect={() => void save({ autoScan: false })}
              label={t('options.manual')}
              hint={t('options.manualHint')}
              testId="scan-manual"
            />
          </div>
        </fieldset>
      </section>

      <section class="card">
        <fieldset class="field">
          <legend>{t('options.sensitivity')}</legend>
          <p class="hint">{t('options.sensitivityHint')}</p>
          <div class="choices-row">
            {SENSITIVITIES.map((v) => (
              <Choice
                key={v}
                name="sensitivity"
                checked={s.sensitivity === v}
                onSelect={() => void save({ sensitivity: v })}
                label={t(`options.sensitivity.${v}` as MessageKey)}
                hint={t(`options.sensitivity.${v}Hint` as MessageKey)}
                testId={`sensitivity-${v}`}
              />
            ))}
          </div>
        </fieldset>
      </section>

      <section class="card">
        <fieldset class="field">
          <legend>{t('options.rules')}</legend>
          <p class="hint">{t('options.rulesHint')}</p>
          <ul class="rubrics">
            {RUBRIC_IDS.map((id) => (
              <RubricToggle
                key={id}
                id={id}
                on={!s.disabledRubrics.includes(id)}
                onChange={(on) => void save({ disabledRubrics: toggle(s.disabledRubrics, id, !on) })}
              />
            ))}
          </ul>
        </fieldset>
      </section>

      <section class="card">
        <div class="two-col">
          <div>
            <h2 id="lang-heading">{t('options.language')}</h2>
            <select
              class="input"
              aria-labelledby="lang-heading"
              value={s.language}
              data-testid="language"
              onChange={(e) => void save({ language: e.currentTarget.value as Settings['language'] })}
            >
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`options.language.${l}` as MessageKey)}
                </option>
              ))}
            </select>
            <p class="hint">{t('options.languageHint')}</p>
          </div>
          <div>
            <h2>{t('options.marks')}</h2>
            <label class="switch switch--row">
              <input
                type="checkbox"
                role="switch"
                aria-checked={s.marksDefault}
                checked={s.marksDefault}
                data-testid="marks-default"
                onChange={(e) => void save({ marksDefault: e.currentTarget.checked })}
              />
              {t('options.marksDefault')}
            </label>
            <p class="hint">{t('options.marksHint')}</p>
          </div>
        </div>
      </section>

      <Sites sites={s.disabledSites} onChange={(disabledSites) => save({ disabledSites })} />

      <Data onReset={() => void writeSettings(defaultSettings()).then(() => say(t('options.saved')))} />

      <Live message={message} />
    </main>
  );
}

function toggle(list: RubricId[], id: RubricId, add: boolean): RubricId[] {
  return add ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id);
}

function Choice(props: { name: string; checked: boolean; onSelect: () => void; label: string; hint: string; testId: string }) {
  const id = `${props.name}-${props.testId}`;
  return (
    <label class="choice" for={id}>
      <input
        id={id}
        type="radio"
        name={props.name}
        checked={props.checked}
        onChange={props.onSelect}
        data-testid={props.testId}
        aria-describedby={`${id}-hint`}
      />
      <span class="choice__label">{props.label}</span>
      <span class="choice__hint" id={`${id}-hint`}>
        {props.hint}
      </span>
    </label>
  );
}

function RubricToggle({ id, on, onChange }: { id: RubricId; on: boolean; onChange: (on: boolean) => void }) {
  const { t, lang } = useI18n();
  const rules = RULES.filter((r) => r.rubric === id);
  return (
    <li class="rubric">
      <label class="rubric__label">
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => onChange(e.currentTarget.checked)}
          data-testid={`rubric-${id}`}
          aria-describedby={`rubric-${id}-rules`}
        />
        <span class="rubric__id">{id}</span>
        <span class="rubric__q">{t(`rubric.${id}` as MessageKey)}</span>
      </label>
      <span class="rubric__count" id={`rubric-${id}-rules`} title={rules.map((r) => r.texts[lang].title).join('\n')}>
        {rules.length ? t('options.rulesCount', { count: rules.length }) : t('options.rulesNone')}
      </span>
    </li>
  );
}

function Sites({ sites, onChange }: { sites: string[]; onChange: (sites: string[]) => Promise<void> }) {
  const { t } = useI18n();
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  const add = async (e: Event) => {
    e.preventDefault();
    const host = normaliseSite(value);
    if (!host) return setError(t('options.siteInvalid'));
    setError('');
    setValue('');
    if (!sites.includes(host)) await onChange([...sites, host]);
  };
  return (
    <section class="card" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('options.sites')}</h2>
      <p class="card__intro">{t('options.sitesHint')}</p>
      <form class="site-form" onSubmit={(e) => void add(e)} noValidate>
        <label class="visually-hidden" for="site-input">
          {t('options.siteLabel')}
        </label>
        <input
          id="site-input"
          class="input"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder={t('options.sitePlaceholder')}
          value={value}
          onInput={(e) => setValue(e.currentTarget.value)}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={error ? 'site-error' : undefined}
          data-testid="site-input"
        />
        <button type="submit" class="btn" data-testid="site-add">
          {t('options.siteAdd')}
        </button>
      </form>
      {error && (
        <p id="site-error" class="error-text" role="alert">
          {error}
        </p>
      )}
      {sites.length ? (
        <ul class="sites" data-testid="sites">
          {sites.map((site) => (
            <li key={site}>
              <span class="sites__host">{site}</span>
              <button
                type="button"
                class="btn btn--small"
                aria-label={t('options.siteRemoveAria', { site })}
                onClick={() => void onChange(sites.filter((x) => x !== site))}
              >
                {t('options.siteRemove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="hint">{t('options.sitesEmpty')}</p>
      )}
    </section>
  );
}

function Data({ onReset }: { onReset: () => void }) {
  const { t } = useI18n();
  const reports = useReports();
  const compared = useComparison();
  // Saved data that could not be read as it stood: say what was left out.
  const stored = useDismissals();
  const dismissed = stored?.value ?? [];
  const problems = [reports, stored, compared].flatMap((r: Read<unknown> | null) => (r?.recovered ? r.problems : []));
  const restoreDismissed = async () => {
    if (window.confirm(t('options.clearConfirm'))) await clearDismissed();
  };
  const clearReports = async () => {
    if (window.confirm(t('options.clearConfirm'))) await deleteAllReports();
  };
  return (
    <section class="card" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('options.data')}</h2>
      <p class="card__intro">{t('options.dataHint')}</p>
      {problems.length > 0 && (
        <p class="notice notice--warn" role="alert" data-testid="data-recovered">
          {t('options.dataRecovered', { problems: problems.join('; ') })}
        </p>
      )}
      <p data-testid="data-counts">
        {t('options.dataCounts', { reports: reports?.value.length ?? 0, dismissed: dismissed.length, compared: compared?.value.length ?? 0 })}
      </p>
      <div class="toolbar-row data-actions">
        <button type="button" class="btn" onClick={() => void restoreDismissed()} disabled={!dismissed.length}>
          {t('options.clearDismissed')}
        </button>
        <button type="button" class="btn" onClick={() => void clearReports()} disabled={!reports?.value.length}>
          {t('options.clearReports')}
        </button>
        <button type="button" class="btn" onClick={onReset} data-testid="reset">
          {t('options.reset')}
        </button>
        <button type="button" class="btn btn--ghost" onClick={() => void openPage('/welcome.html')}>
          {t('options.welcome')}
        </button>
      </div>
    </section>
  );
}
