import type { ReactNode } from 'react';
import { useEffect, useId, useRef } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

export type Level = 'rouge' | 'orange' | 'jaune' | 'ok';
export type Lang = 'fr' | 'en';

export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'fr';
}

export function localeOf(lang: Lang): string {
  return lang === 'en' ? 'en-GB' : 'fr-FR';
}

/** Colour plus the word: the level must read without colour vision (and in print). */
export function CriticalityBadge({ level }: { level: Level }) {
  const { t } = useTranslation();
  return (
    <span
      className={`badge crit crit-${level}`}
      title={t(`atelier.criticalityHint.${level}`)}
      data-criticality={level}
    >
      <span aria-hidden="true" className="crit-dot" />
      {t(`atelier.criticality.${level}`)}
      <span className="visually-hidden"> — {t(`atelier.criticalityHint.${level}`)}</span>
    </span>
  );
}

/**
 * ECU addresses as a mechanic names them: 11-bit CAN answers come from 7E8 + n, 29-bit ones
 * from 18DAF1xx where xx is the ECU's address (10 engine, 18 transmission, 28 ABS…).
 */
export function ecuRole(ecu: string | null): string {
  if (ecu === null) return 'engine';
  const upper = ecu.toUpperCase();
  const byAddress: Record<string, string> = {
    '7E8': 'engine',
    '7E9': 'transmission',
    '7EA': 'abs',
    '7EB': 'airbag',
    '7EC': 'hybrid',
  };
  if (byAddress[upper]) return byAddress[upper];
  const extended = /^18DAF1([0-9A-F]{2})$/.exec(upper)?.[1];
  if (extended === '10' || extended === '11') return 'engine';
  if (extended === '18' || extended === '19') return 'transmission';
  if (extended === '28') return 'abs';
  return 'other';
}

export function ecuLabel(t: TFunction, ecu: string | null): string {
  const role = t(`atelier.codes.ecuNames.${ecuRole(ecu)}`);
  return ecu === null ? role : `${role} (${ecu})`;
}

/** French PID name when we have one, else the core's (English) name. */
export function pidLabel(t: TFunction, pid: string, fallback: string): string {
  const key = `atelier.pidNames.${pid}`;
  const label = t(key);
  return label === key ? fallback : label;
}

export function unitLabel(t: TFunction, unit: string | null): string {
  if (unit === null) return '';
  const key = `atelier.units.${unit}`;
  const label = t(key);
  return label === key ? unit : label;
}

/** Decimals worth showing for a unit (an engine speed to the rpm, a voltage to 0.01 V). */
export function digitsFor(unit: string | null): number {
  switch (unit) {
    case 'rpm':
    case 'km/h':
    case '°C':
    case 'kPa':
    case 'km':
    case 'min':
    case 's':
    case 'Pa':
    case 'count':
      return 0;
    case 'V':
    case 'g/s':
    case 'ratio':
      return 2;
    default:
      return 1;
  }
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download synchronously; revoke on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function formatDateTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(lang), {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

export function formatNumber(value: number, lang: Lang, digits = 0): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: digits }).format(value);
}

/** A modal dialog: focus moves in on open, Escape cancels, focus returns on close. */
export function Dialog({
  title,
  onCancel,
  children,
  role = 'dialog',
}: {
  title: string;
  onCancel: () => void;
  children: ReactNode;
  role?: 'dialog' | 'alertdialog';
}) {
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onCancel();
      } else if (event.key === 'Tab' && box.current) {
        // Keep Tab inside the dialog while it is open.
        const focusable = box.current.querySelectorAll<HTMLElement>(
          'button:not([disabled]), input:not([disabled]), [href], [tabindex]:not([tabindex="-1"])',
        );
        const first = focusable[0];
        const last = focusable[focusable.length - 1];
        if (event.shiftKey && document.activeElement === first) {
          event.preventDefault();
          last?.focus();
        } else if (!event.shiftKey && document.activeElement === last) {
          event.preventDefault();
          first?.focus();
        }
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      previous?.focus();
    };
  }, [onCancel]);
  return (
    <div className="dialog-backdrop">
      <div
        ref={box}
        className="dialog atelier-dialog"
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
    </div>
  );
}
