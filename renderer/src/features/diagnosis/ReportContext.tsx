import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContextNote, DiagnosisReport, WatchItem } from '@shared/diagnosis/types';

type Lang = 'fr' | 'en';
const LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'fr';
}

function number(value: number, lang: Lang, digits = 0): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits }).format(value);
}

/** A context note in words: the renderer translates its id with its parameters. */
export function ContextNoteText({ note }: { note: ContextNote }) {
  const { t } = useTranslation();
  return (
    <span data-context-note={note.id} data-effect={note.effect}>
      {note.codes.length > 0 ? <span className="mono">{note.codes.join(', ')} </span> : null}
      <span className={`context-effect context-${note.effect}`}>
        {t(`diagnosis.context.effect.${note.effect}`)}
      </span>{' '}
      {t(`diagnosis.contextNote.${note.id}`, { ...note.params, defaultValue: note.id })}
    </span>
  );
}

/** The "Contexte" section: what the car said about the conditions, and the notes they give. */
export function ReportContext({ report }: { report: DiagnosisReport }) {
  const { t } = useTranslation();
  const lang = useLang();
  const c = report.conditions;
  const items: string[] = [];
  if (c.ambientC !== null)
    items.push(t('diagnosis.context.ambient', { value: number(c.ambientC, lang) }));
  if (c.altitudeM !== null && c.altitudeM >= 300) {
    items.push(t('diagnosis.context.altitude', { value: number(c.altitudeM, lang) }));
  }
  if (c.engineRunTimeS !== null) {
    items.push(t('diagnosis.context.runTime', { value: number(c.engineRunTimeS / 60, lang) }));
  }
  if (c.distanceSinceClearKm !== null) {
    items.push(t('diagnosis.context.sinceClear', { value: number(c.distanceSinceClearKm, lang) }));
  }
  if (c.mileageKm !== null)
    items.push(t('diagnosis.context.mileage', { value: number(c.mileageKm, lang) }));
  if (c.pattern) {
    const pct = (x: number) => number(x * 100, lang);
    items.push(
      t('diagnosis.context.pattern', {
        idle: pct(c.pattern.idle),
        urban: pct(c.pattern.urban),
        road: pct(c.pattern.road),
        motorway: pct(c.pattern.motorway),
        minutes: number(c.pattern.minutes, lang, 1),
      }),
    );
  }
  if (items.length === 0 && report.contextNotes.length === 0) return null;
  return (
    <section aria-labelledby="diagnosis-context-title" data-testid="diagnosis-context">
      <h3 id="diagnosis-context-title">{t('diagnosis.context.title')}</h3>
      <ul className="diagnosis-plain">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
        {report.contextNotes.map((note) => (
          <li key={`${note.id}-${note.codes.join(',')}`}>
            <ContextNoteText note={note} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function TrendChart({ item }: { item: WatchItem }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let plot: { destroy(): void } | null = null;
    let cancelled = false;
    void import('./trend-chart').then(({ drawTrendChart }) => {
      if (cancelled || !ref.current) return;
      plot = drawTrendChart(ref.current, item, t('diagnosis.watch.limit'));
    });
    return () => {
      cancelled = true;
      plot?.destroy();
    };
  }, [item, t]);
  return (
    <div
      ref={ref}
      className="trend-chart"
      role="img"
      aria-label={t(`diagnosis.watch.metric.${item.metric}`)}
    />
  );
}

function withUnit(value: number, unit: string, lang: Lang): string {
  return unit === '' ? `${number(value * 100, lang)} %` : `${number(value, lang, 2)} ${unit}`;
}

/** "À surveiller": values drifting towards their limit across visits, with their chart. */
export function ReportWatch({ report }: { report: DiagnosisReport }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (report.watch.length === 0) return null;
  return (
    <section aria-labelledby="diagnosis-watch-title" data-testid="diagnosis-watch">
      <h3 id="diagnosis-watch-title">{t('diagnosis.watch.title')}</h3>
      <ul className="diagnosis-plain">
        {report.watch.map((item) => (
          <li
            key={`${item.id}-${item.test?.mid ?? ''}-${item.test?.tid ?? ''}`}
            data-watch={item.id}
          >
            <p>
              <strong>
                {t(`diagnosis.watch.metric.${item.metric}`)}
                {item.test ? ` (MID ${item.test.mid} TID ${item.test.tid})` : ''}
              </strong>{' '}
              {t('diagnosis.watch.line', {
                last: withUnit(item.last, item.unit, lang),
                limit: withUnit(item.limit, item.unit, lang),
                months: number(item.monthsToLimit, lang, 1),
                visits: item.points.length,
              })}
            </p>
            <TrendChart item={item} />
          </li>
        ))}
      </ul>
    </section>
  );
}
