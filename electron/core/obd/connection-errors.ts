import type { LocalizedText } from '@shared/api/errors';
import type { AdapterSpec } from '@shared/obd/adapter-string';
import type { ObdFailure } from '@shared/obd/obd-error';

/**
 * Why a connection failed, as the Atelier shows it: a stable code and, in both languages, what
 * happened and the likely fix. Codes beyond the OBD ones: PORT_NOT_FOUND, PORT_BUSY,
 * PERMISSION_DENIED, WIFI_UNREACHABLE, SCENARIO_NOT_FOUND, ADAPTER_NOT_ANSWERING, NO_VEHICLE,
 * NO_PROTOCOL.
 */
export interface ConnectionProblem {
  code: string;
  message: LocalizedText;
}

const UDEV_HINT_FR =
  'Sous Linux, ajoutez votre compte au groupe « dialout » ou installez la règle udev fournie (native/linux/60-novaevo-obd.rules), puis rebranchez l’adaptateur.';
const UDEV_HINT_EN =
  'On Linux, add your account to the "dialout" group or install the bundled udev rule (native/linux/60-novaevo-obd.rules), then replug the adapter.';

function where(spec: AdapterSpec | null): string {
  if (spec === null) return '';
  switch (spec.kind) {
    case 'serial':
      return spec.path;
    case 'tcp':
      return `${spec.host}:${spec.port}`;
    case 'sim':
      return spec.scenario;
  }
}

/** A failure while opening the link or initialising the adapter. */
export function explainConnectFailure(
  failure: ObdFailure,
  spec: AdapterSpec | null,
): ConnectionProblem {
  const text = failure.message;
  const place = where(spec);
  if (failure.code === 'BAD_REQUEST') {
    return {
      code: 'BAD_REQUEST',
      message: {
        fr: `Adaptateur invalide : ${text}. Formats acceptés : serial:/dev/ttyUSB0, tcp:192.168.0.10:35000, sim:healthy-petrol.`,
        en: `Invalid adapter: ${text}. Accepted forms: serial:/dev/ttyUSB0, tcp:192.168.0.10:35000, sim:healthy-petrol.`,
      },
    };
  }
  if (/unknown simulator scenario|invalid scenario name/i.test(text)) {
    return {
      code: 'SCENARIO_NOT_FOUND',
      message: {
        fr: `Scénario de simulateur inconnu « ${place} ». Choisissez un scénario dans la liste des adaptateurs.`,
        en: `Unknown simulator scenario "${place}". Pick a scenario from the adapter list.`,
      },
    };
  }
  if (/ENOENT|no such file|not found|cannot find/i.test(text)) {
    return {
      code: 'PORT_NOT_FOUND',
      message: {
        fr: `Port série ${place} introuvable : l’adaptateur est débranché ou ce n’est pas le bon port. Rebranchez-le, puis choisissez-le dans la liste des ports détectés (souvent /dev/ttyUSB0 ou COM3).`,
        en: `Serial port ${place} not found: the adapter is unplugged or this is the wrong port. Replug it, then pick it from the detected ports (often /dev/ttyUSB0 or COM3).`,
      },
    };
  }
  if (/EACCES|permission denied|access denied/i.test(text)) {
    return {
      code: 'PERMISSION_DENIED',
      message: {
        fr: `Accès refusé au port ${place}. ${UDEV_HINT_FR}`,
        en: `Access to port ${place} denied. ${UDEV_HINT_EN}`,
      },
    };
  }
  if (/EBUSY|busy|cannot lock|resource temporarily unavailable/i.test(text)) {
    return {
      code: 'PORT_BUSY',
      message: {
        fr: `Le port ${place} est déjà utilisé par un autre logiciel (autre fenêtre NovaEvo, logiciel de diagnostic, ModemManager). Fermez-le puis réessayez.`,
        en: `Port ${place} is already in use by another program (another NovaEvo window, a diagnostic tool, ModemManager). Close it and try again.`,
      },
    };
  }
  if (
    spec?.kind === 'tcp' &&
    /ECONNREFUSED|EHOSTUNREACH|ENETUNREACH|ETIMEDOUT|no answer from|cannot connect/i.test(text)
  ) {
    return {
      code: 'WIFI_UNREACHABLE',
      message: {
        fr: `Adaptateur Wi-Fi injoignable à ${place}. Connectez ce poste au réseau Wi-Fi de l’adaptateur (souvent « WiFi_OBDII »), vérifiez que le contact est mis et l’adresse (192.168.0.10:35000 par défaut).`,
        en: `Wi-Fi adapter unreachable at ${place}. Join the adapter's Wi-Fi network (often "WiFi_OBDII"), check the ignition is on and the address (192.168.0.10:35000 by default).`,
      },
    };
  }
  if (
    failure.code === 'TIMEOUT' ||
    /no ELM327 prompt|stopped answering|closed by the adapter/i.test(text)
  ) {
    return {
      code: 'ADAPTER_NOT_ANSWERING',
      message: {
        fr: `L’adaptateur sur ${place} ne répond pas. Vérifiez qu’il est bien enfoncé dans la prise OBD (voyant allumé), que c’est un adaptateur ELM327 et la vitesse du port (38400 ou 9600 bauds), puis réessayez.`,
        en: `The adapter on ${place} does not answer. Check it is firmly plugged into the OBD socket (light on), that it is an ELM327 adapter and the port speed (38400 or 9600 baud), then try again.`,
      },
    };
  }
  return explainLinkProblem(failure, spec);
}

/** The adapter answered but found no vehicle bus (`no-vehicle` state after 0100). */
export function explainNoVehicle(failure: ObdFailure | null): ConnectionProblem {
  const code = failure?.code ?? 'NO_DATA';
  if (code === 'CAN_ERROR' || code === 'BUS_ERROR' || code === 'BUS_INIT_ERROR') {
    return {
      code: 'NO_PROTOCOL',
      message: {
        fr: `Aucun protocole OBD trouvé (${code}) : l’adaptateur ne parvient pas à dialoguer avec le véhicule. Mettez le contact, vérifiez que la prise est bien enfoncée ; sur un véhicule ancien (essence avant 2001, diesel avant 2004) l’OBD-II peut être absent.`,
        en: `No OBD protocol found (${code}): the adapter cannot talk to the vehicle. Turn the ignition on and check the plug is seated; older vehicles (petrol before 2001, diesel before 2004) may lack OBD-II.`,
      },
    };
  }
  return {
    code: 'NO_VEHICLE',
    message: {
      fr: 'L’adaptateur répond mais pas le véhicule : contact coupé ? Mettez le contact (clé en position marche, moteur arrêté ou tournant), vérifiez que l’adaptateur est bien enfoncé, puis reconnectez.',
      en: 'The adapter answers but the vehicle does not: is the ignition off? Turn the ignition on (key in the run position, engine off or running), check the adapter is seated, then reconnect.',
    },
  };
}

/** The link dropped or an operation failed on an established connection. */
export function explainLinkProblem(
  failure: ObdFailure,
  spec: AdapterSpec | null,
): ConnectionProblem {
  const place = where(spec);
  switch (failure.code) {
    case 'DISCONNECTED':
      return {
        code: 'DISCONNECTED',
        message: {
          fr: `Liaison avec l’adaptateur ${place} perdue (câble débranché, Bluetooth ou Wi-Fi coupé, contact coupé). Reconnexion automatique en cours ; les mesures déjà enregistrées sont conservées.`,
          en: `Link to adapter ${place} lost (cable pulled, Bluetooth or Wi-Fi dropped, ignition off). Reconnecting automatically; samples already recorded are kept.`,
        },
      };
    case 'ADAPTER_RESET':
    case 'LV_RESET':
      return {
        code: failure.code,
        message: {
          fr: 'L’adaptateur a redémarré (baisse de tension, démarreur) : réinitialisation en cours.',
          en: 'The adapter restarted (voltage drop, cranking): initialising it again.',
        },
      };
    case 'NO_DATA':
    case 'UNABLE_TO_CONNECT':
    case 'CAN_ERROR':
    case 'BUS_ERROR':
    case 'BUS_INIT_ERROR':
      return explainNoVehicle(failure);
    case 'CANCELLED':
      return {
        code: 'CANCELLED',
        message: { fr: 'Opération annulée.', en: 'Operation cancelled.' },
      };
    default:
      return {
        code: failure.code,
        message: {
          fr: `Erreur OBD ${failure.code} : ${failure.message}. Réessayez ; si le problème persiste, débranchez puis rebranchez l’adaptateur.`,
          en: `OBD error ${failure.code}: ${failure.message}. Try again; if it persists, unplug and replug the adapter.`,
        },
      };
  }
}
