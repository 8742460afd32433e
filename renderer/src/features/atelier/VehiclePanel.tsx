import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withParams } from '../../app/router';
import type { ApiOutput } from '@shared/api/contract';
import type { ApiError } from '@shared/api/errors';
import { useMutation, useQuery } from '../../api/hooks';
import { Button, ErrorBanner, Field } from '../../ui/components';

export type Identification = ApiOutput<'obd.identifyVehicle'>;

export function VehiclePanel({
  vinFromCar,
  identification,
  identifyError,
  onIdentify,
  onAttached,
  mileage,
  onMileage,
  technician,
  onTechnician,
  vehicleId,
}: {
  vinFromCar: string | null;
  identification: Identification | null;
  identifyError: ApiError | null;
  onIdentify: (vin: string) => void;
  onAttached: (vehicleId: string, customerId: string) => void;
  mileage: string;
  onMileage: (value: string) => void;
  technician: string;
  onTechnician: (value: string) => void;
  vehicleId: string | null;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const [vin, setVin] = useState(vinFromCar ?? '');
  const [lastCarVin, setLastCarVin] = useState(vinFromCar);
  // A new VIN read from the car replaces what was typed (derived state, no effect needed).
  if (vinFromCar !== lastCarVin) {
    setLastCarVin(vinFromCar);
    if (vinFromCar) setVin(vinFromCar);
  }
  const addMileage = useMutation('vehicles.addMileage');
  const [mileageSaved, setMileageSaved] = useState(false);
  const decoded = identification?.decoded ?? null;
  const match = identification?.match ?? null;

  return (
    <section className="card atelier-vehicle" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('atelier.vehicle.title')}</h2>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (vin.trim() !== '') onIdentify(vin.trim().toUpperCase());
        }}
      >
        <Field
          label={vinFromCar ? t('atelier.vehicle.vinFromCar') : t('atelier.vehicle.vin')}
          help={vinFromCar ? undefined : t('atelier.vehicle.noVin')}
        >
          {(props) => (
            <input
              {...props}
              className="mono"
              value={vin}
              maxLength={40}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => setVin(event.target.value.toUpperCase())}
            />
          )}
        </Field>
        <Button type="submit" variant="primary" disabled={vin.trim() === ''}>
          {t('atelier.vehicle.identify')}
        </Button>
      </form>
      <ErrorBanner error={identifyError} />

      {decoded ? (
        <div className="vehicle-decoded">
          <h3>{t('atelier.vehicle.decoded')}</h3>
          {!decoded.valid ? (
            <p className="banner banner-warning" role="status">
              {t('atelier.vehicle.invalidVin')}
            </p>
          ) : null}
          {decoded.checkDigitWarning ? (
            <p className="banner banner-warning" role="status">
              {t('atelier.vehicle.checkDigit')}
            </p>
          ) : null}
          <dl className="details">
            <dt>{t('atelier.vehicle.vin')}</dt>
            <dd className="mono">{decoded.vin}</dd>
            <dt>{t('atelier.vehicle.manufacturer')}</dt>
            <dd>{decoded.manufacturer ?? t('common.none')}</dd>
            <dt>{t('atelier.vehicle.country')}</dt>
            <dd>{decoded.country ?? t('common.none')}</dd>
            <dt>{t('atelier.vehicle.modelYear')}</dt>
            <dd>
              {decoded.modelYears.length > 0 ? decoded.modelYears.join(' / ') : t('common.none')}
            </dd>
          </dl>
          {match ? (
            <div className="banner banner-ok" role="status">
              <p className="banner-title">{t('atelier.vehicle.matched')}</p>
              <p>
                {match.plate ? <span className="plate">{match.plate}</span> : null}
                {t('atelier.vehicle.owner')} : <strong>{match.owner}</strong>
              </p>
              <a className="btn btn-secondary" href={`#/clients/${match.customerId}`}>
                {t('atelier.vehicle.openCustomer')}
              </a>
            </div>
          ) : (
            <CreateOrAttach
              vin={decoded.valid ? decoded.vin : null}
              make={decoded.manufacturer}
              year={decoded.modelYears.length === 1 ? (decoded.modelYears[0] ?? null) : null}
              mileage={mileage}
              onAttached={onAttached}
            />
          )}
        </div>
      ) : null}

      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          const km = Number(mileage);
          if (!vehicleId || mileage.trim() === '' || !Number.isInteger(km)) return;
          void addMileage.run({ vehicleId, km }).then((saved) => setMileageSaved(saved !== null));
        }}
      >
        <Field label={t('atelier.vehicle.mileage')}>
          {(props) => (
            <input
              {...props}
              inputMode="numeric"
              pattern="[0-9]*"
              value={mileage}
              onChange={(event) => {
                setMileageSaved(false);
                onMileage(event.target.value.replace(/[^0-9]/g, ''));
              }}
            />
          )}
        </Field>
        {vehicleId ? (
          <Button type="submit" disabled={mileage.trim() === '' || addMileage.pending}>
            {t('atelier.vehicle.saveMileage')}
          </Button>
        ) : null}
        {mileageSaved ? (
          <span role="status" className="muted">
            {t('atelier.vehicle.mileageSaved')}
          </span>
        ) : null}
      </form>
      <ErrorBanner error={addMileage.error} />
      <Field label={t('atelier.vehicle.technician')}>
        {(props) => (
          <input
            {...props}
            value={technician}
            maxLength={100}
            autoComplete="name"
            onChange={(event) => onTechnician(event.target.value)}
          />
        )}
      </Field>
    </section>
  );
}

/** The car is unknown: create the customer first, or attach the car to an existing one. */
function CreateOrAttach({
  vin,
  make,
  year,
  mileage,
  onAttached,
}: {
  vin: string | null;
  make: string | null;
  year: number | null;
  mileage: string;
  onAttached: (vehicleId: string, customerId: string) => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const [customerId, setCustomerId] = useState<string | null>(null);
  const [plate, setPlate] = useState('');
  const search = useQuery(
    'customers.search',
    deferred.trim().length >= 2 ? { query: deferred, limit: 8 } : null,
  );
  const create = useMutation('vehicles.create');
  const km = mileage.trim() === '' ? null : Number(mileage);

  return (
    <div className="vehicle-unknown">
      <p className="banner banner-warning" role="status">
        {t('atelier.vehicle.notFound')}
      </p>
      <p>
        <a
          className="btn btn-secondary"
          href={`#${withParams('/clients/new', { vin, make, year, km: mileage.trim() })}`}
        >
          + {t('atelier.vehicle.createCustomer')}
        </a>{' '}
        {vin ? <span className="muted">{t('atelier.vehicle.createHint', { vin })}</span> : null}
      </p>
      <fieldset>
        <legend>{t('atelier.vehicle.attachTitle')}</legend>
        <Field label={t('atelier.vehicle.customerSearch')}>
          {(props) => (
            <input
              {...props}
              type="search"
              value={query}
              onChange={(event) => {
                setQuery(event.target.value);
                setCustomerId(null);
              }}
            />
          )}
        </Field>
        {search.data && search.data.items.length > 0 ? (
          <div className="segmented" role="radiogroup" aria-label={t('atelier.vehicle.owner')}>
            {search.data.items.map((customer) => (
              <label key={customer.id} className={customerId === customer.id ? 'active' : ''}>
                <input
                  type="radio"
                  name="atelier-owner"
                  checked={customerId === customer.id}
                  onChange={() => setCustomerId(customer.id)}
                />
                {customer.displayName}
              </label>
            ))}
          </div>
        ) : null}
        <Field label={t('atelier.vehicle.plate')}>
          {(props) => (
            <input {...props} value={plate} onChange={(event) => setPlate(event.target.value)} />
          )}
        </Field>
        <Button
          variant="primary"
          disabled={!customerId || create.pending}
          onClick={() => {
            if (!customerId) return;
            void create
              .run({
                customerId,
                vin,
                plate: plate.trim() === '' ? null : plate,
                make,
                year,
                mileageKm: km !== null && Number.isInteger(km) ? km : null,
              })
              .then((vehicle) => {
                if (vehicle) onAttached(vehicle.id, vehicle.customerId);
              });
          }}
        >
          {t('atelier.vehicle.attach')}
        </Button>
        <ErrorBanner error={create.error} />
      </fieldset>
    </div>
  );
}
