import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KbisFieldsDto } from '@shared/api/onboarding';
import { REVIEW_FIELDS } from '@shared/onboarding/review-fields';
import type { ReviewField } from '@shared/onboarding/review-fields';
import { Button, ErrorBanner, Field } from '../../ui/components';
import { SaveStatus } from './SaveStatus';
import { useIssueText } from './StepError';
import type { StepProps } from './wizard-kit';
import { LOW_CONFIDENCE, useStepSave } from './wizard-kit';

const LONG_FIELDS: ReadonlySet<ReviewField> = new Set(['activite', 'adresse_siege']);

function sourceField(field: ReviewField): keyof KbisFieldsDto {
  return field === 'capital_amount' || field === 'capital_currency' ? 'capital' : field;
}

export function ReviewStep({ draft, onDraft }: StepProps) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const review = draft.review;
  const [values, setValues] = useState<Record<string, string>>(() => ({ ...review?.values }));
  const save = useStepSave('review', values, onDraft);
  if (!review) return null;
  const fields = review.fields;

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save.advance();
      }}
    >
      <h2>{t('onboarding.review.title')}</h2>
      <p className="muted">{t('onboarding.review.help')}</p>
      <p>
        {t('onboarding.review.documentType', {
          type: t(`onboarding.review.types.${fields.document_type.value}`),
        })}
      </p>
      <ErrorBanner error={save.error} />
      <div className="grid-2">
        {REVIEW_FIELDS.map((field) => {
          const source = sourceField(field);
          const confidence = fields[source].confidence;
          const corrected = review.corrected.includes(source);
          const value = values[field] ?? '';
          const low = !corrected && value.trim() !== '' && confidence < LOW_CONFIDENCE;
          const percent = Math.round(confidence * 100);
          const help = corrected
            ? t('onboarding.review.corrected')
            : `${t('onboarding.review.confidence', { value: percent })}${low ? ` — ${t('onboarding.review.lowConfidence')}` : ''}`;
          return (
            <div
              key={field}
              className={`onb-review-field ${low ? 'onb-low' : ''} ${LONG_FIELDS.has(field) ? 'onb-wide' : ''}`}
              data-confidence={confidence}
            >
              <Field
                label={t(`onboarding.fields.${field}`)}
                error={issueText(save.issues[field])}
                help={help}
              >
                {(props) =>
                  LONG_FIELDS.has(field) ? (
                    <textarea
                      {...props}
                      name={field}
                      rows={3}
                      value={value}
                      onChange={(event) =>
                        setValues((current) => ({ ...current, [field]: event.target.value }))
                      }
                    />
                  ) : (
                    <input
                      {...props}
                      name={field}
                      value={value}
                      placeholder={field.startsWith('date_') ? 'AAAA-MM-JJ' : undefined}
                      onChange={(event) =>
                        setValues((current) => ({ ...current, [field]: event.target.value }))
                      }
                    />
                  )
                }
              </Field>
            </div>
          );
        })}
      </div>
      <h3>{t('onboarding.review.dirigeants')}</h3>
      {fields.dirigeants.value.length === 0 ? (
        <p className="muted">{t('onboarding.review.noDirigeants')}</p>
      ) : (
        <ul>
          {fields.dirigeants.value.map((dirigeant) => (
            <li key={`${dirigeant.nom}-${dirigeant.role}`}>
              {dirigeant.nom} {dirigeant.prenoms} — {dirigeant.role}
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <SaveStatus status={save.status} />
        <Button type="submit" variant="primary" disabled={save.pending}>
          {t('onboarding.continue')}
        </Button>
      </div>
    </form>
  );
}
