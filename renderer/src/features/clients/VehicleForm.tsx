import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vehicle } from '@shared/api/vehicles';
import { FuelType, VehicleInput } from '@shared/api/vehicles';
import { checkVin } from '@shared/workshop/vin';
import { useMutation } from '../../api/hooks';
import { navigate, routeParams } from '../../app/router';
import { Button, ErrorBanner, Field } from '../../ui/components';
import type { FieldErrors } from './form-errors';
import { fieldErrorsFromApi, fieldErrorsFromZod } from './form-errors';

type TextField = 'vin' | 'plate' | 'make' | 'model' | 'engine' | 'notes' | 'year' | 'mileageKm';

function toNumber(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : Number(trimmed);
}

export function VehicleForm({
  customerId,
  vehicle,
}: {
  customerId: string;
  vehicle: Vehicle | null;
}) {
  const { t } = useTranslation();
  const [texts, setTexts] = useState<Record<TextField, string>>(() => {
    const handed = vehicle ? new URLSearchParams() : routeParams();
    return {
      vin: vehicle?.vin ?? handed.get('vin') ?? '',
      plate: vehicle?.plate ?? '',
      make: vehicle?.make ?? handed.get('make') ?? '',
      model: vehicle?.model ?? '',
      engine: vehicle?.engine ?? '',
      notes: vehicle?.notes ?? '',
      year: vehicle?.year?.toString() ?? handed.get('year') ?? '',
      mileageKm: handed.get('km') ?? '',
    };
  });
  const [fuel, setFuel] = useState<string>(vehicle?.fuel ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useMutation('vehicles.create');
  const update = useMutation('vehicles.update');
  const apiError = vehicle ? update.error : create.error;
  const vinWarning =
    texts.vin.trim().length === 17 && checkVin(texts.vin).checkDigitWarning === true;

  const submit = async () => {
    const parsedFuel = FuelType.safeParse(fuel);
    const values = {
      customerId: vehicle?.customerId ?? customerId,
      vin: texts.vin,
      plate: texts.plate,
      make: texts.make,
      model: texts.model,
      engine: texts.engine,
      notes: texts.notes,
      year: toNumber(texts.year),
      fuel: parsedFuel.success ? parsedFuel.data : null,
    };
    const mileageKm = toNumber(texts.mileageKm);
    const local = VehicleInput.safeParse({ ...values, mileageKm });
    if (!local.success) {
      setErrors(fieldErrorsFromZod(local.error));
      return;
    }
    setErrors({});
    const saved = vehicle
      ? await update.run({ id: vehicle.id, revision: vehicle.revision, values })
      : await create.run({ ...values, mileageKm });
    if (saved) navigate(`/clients/${saved.customerId}`);
  };

  const allErrors = { ...fieldErrorsFromApi(apiError), ...errors };
  const input = (
    field: TextField,
    options: { help?: string; inputMode?: 'numeric' | 'text'; upper?: boolean } = {},
  ) => (
    <Field
      label={t(`vehicle.${field === 'mileageKm' ? 'mileage' : field}`)}
      error={allErrors[field] ? t(allErrors[field]) : null}
      {...(options.help ? { help: options.help } : {})}
    >
      {(props) => (
        <input
          {...props}
          name={field}
          inputMode={options.inputMode ?? 'text'}
          autoComplete="off"
          spellCheck={false}
          value={texts[field]}
          onChange={(event) => {
            const value = options.upper ? event.target.value.toUpperCase() : event.target.value;
            setTexts((current) => ({ ...current, [field]: value }));
          }}
        />
      )}
    </Field>
  );

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <ErrorBanner error={apiError && apiError.code !== 'BAD_REQUEST' ? apiError : null} />
      <div className="grid-2">
        {input('plate', { help: t('vehicle.plateHelp'), upper: true })}
        {input('vin', { help: t('vehicle.vinHelp'), upper: true })}
        {input('make')}
        {input('model')}
        {input('year', { inputMode: 'numeric' })}
        <Field label={t('vehicle.fuel')}>
          {(props) => (
            <select
              {...props}
              name="fuel"
              value={fuel}
              onChange={(event) => setFuel(event.target.value)}
            >
              <option value="">{t('common.none')}</option>
              {FuelType.options.map((option) => (
                <option key={option} value={option}>
                  {t(`vehicle.fuels.${option}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {input('engine')}
        {vehicle ? null : input('mileageKm', { inputMode: 'numeric' })}
      </div>
      {vinWarning ? (
        <p className="banner banner-warning" role="status">
          {t('vehicle.vinCheckDigitWarning')}
        </p>
      ) : null}
      <Field label={t('vehicle.notes')}>
        {(props) => (
          <textarea
            {...props}
            name="notes"
            rows={3}
            value={texts.notes}
            onChange={(event) => setTexts((current) => ({ ...current, notes: event.target.value }))}
          />
        )}
      </Field>
      <div className="actions">
        <Button onClick={() => navigate(`/clients/${vehicle?.customerId ?? customerId}`)}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="primary" disabled={create.pending || update.pending}>
          {t('common.save')}
        </Button>
      </div>
    </form>
  );
}
