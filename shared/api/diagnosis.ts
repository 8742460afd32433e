import { z } from 'zod';
import { DTC_CODE_PATTERN } from '../diagnosis/knowledge-base';
import { Id, IsoDateTime } from './common';
import { mutation, query } from './define';
import { Language } from './settings';

/** Upper-cases and trims, then checks the SAE J2012 shape (P0301, U0100, C1145…). */
export const DtcCode = z
  .string()
  .max(10)
  .transform((value) => value.trim().toUpperCase())
  .refine((value) => DTC_CODE_PATTERN.test(value), { message: 'invalid_dtc' });

import {
  CauseRankingSchema,
  CriticalitySchema,
  DtcStatusSchema,
  FindingSchema,
  LabourSchema,
  MonitorTestSchema,
  OverallVerdictSchema,
  RuleRef,
  StoredReportSchema,
  Text,
} from './diagnosis-report';

const Pid = z.string().regex(/^[0-9A-F]{2}$/);

export {
  CriticalitySchema,
  DiagnosisReportSchema,
  DtcStatusSchema,
  FindingSchema,
  OverallVerdictSchema,
  StoredReportSchema,
} from './diagnosis-report';
export type { StoredReport } from './diagnosis-report';

export const DtcLookupSchema = z.object({
  code: z.string(),
  title: z.string(),
  titles: Text,
  system: z.string(),
  systemName: z.string(),
  subsystem: z.string(),
  /** Meaning fixed by SAE J2012 (P0, P2, P34, B0, C0, U0, U3) rather than by the manufacturer. */
  generic: z.boolean(),
  /** In our table; false for manufacturer codes and unlisted generic ones. */
  listed: z.boolean(),
  /** Criticality the code gets when stored, alone, without live data, and the rule that decided. */
  criticality: CriticalitySchema,
  rule: RuleRef,
  causes: FindingSchema.shape.causes,
  causeRanking: CauseRankingSchema,
  actions: z.array(Text),
  parts: z.array(z.string()),
  labour: LabourSchema.nullable(),
  knownProblem: z.string().nullable(),
  knowledgeBaseVersion: z.string(),
});
export type DtcLookup = z.infer<typeof DtcLookupSchema>;

export const SessionListItemSchema = z.object({
  id: Id,
  vehicleId: Id.nullable(),
  startedAt: IsoDateTime,
  mileageKm: z.number().nullable(),
  technician: z.string().nullable(),
  status: z.enum(['open', 'closed', 'aborted']),
  codes: z.array(z.string()),
  /** Null until the session has been diagnosed. */
  overall: OverallVerdictSchema.nullable(),
  resolution: z.string().nullable(),
  revision: z.number().int().positive(),
});
export type SessionListItem = z.infer<typeof SessionListItemSchema>;

/**
 * A scan as the diagnosis needs it, independent of the adapter and protocol: the OBD scan result
 * is mapped onto this by the scan command, and tests and imports can build it directly.
 * Times of live samples are milliseconds after `startedAt`.
 */
export const ScanSummarySchema = z.object({
  vehicleId: Id.nullable(),
  startedAt: IsoDateTime,
  endedAt: IsoDateTime.nullable().default(null),
  adapter: z.string().nullable().default(null),
  adapterIdentity: z.string().nullable().default(null),
  protocol: z.string().nullable().default(null),
  vin: z.string().nullable().default(null),
  technician: z.string().nullable().default(null),
  /** Odometer: from the car (PID A6) when it reports one, else typed by the technician. */
  mileageKm: z.number().int().min(0).max(3_000_000).nullable().default(null),
  ecus: z
    .array(z.object({ ecu: z.string().nullable(), name: z.string().nullable().default(null) }))
    .default([]),
  dtcs: z
    .array(
      z.object({
        code: DtcCode,
        ecu: z.string().nullable(),
        status: DtcStatusSchema,
        /** Mode 02 values by PID when this code stored the freeze frame. */
        freezeFrame: z.record(Pid, z.number()).nullable().default(null),
      }),
    )
    .default([]),
  /** Readiness monitors (mode 01 PID 01), merged over the ECUs; null when not read. */
  readiness: z
    .record(z.string(), z.object({ available: z.boolean(), complete: z.boolean() }))
    .nullable()
    .default(null),
  live: z
    .array(
      z.object({
        pid: Pid,
        ecu: z.string().nullable().default(null),
        t: z.array(z.number()),
        v: z.array(z.number()),
      }),
    )
    .default([]),
  /** Mode 06 on-board monitor results (CAN cars), followed across visits for trends. */
  monitorTests: z.array(MonitorTestSchema).max(512).default([]),
  /** True when the codes were cleared (mode 04) at the end of the session. */
  cleared: z.boolean().default(false),
});
export type ScanSummary = z.input<typeof ScanSummarySchema>;
export type ParsedScanSummary = z.output<typeof ScanSummarySchema>;

const SessionInput = z.object({ sessionId: Id });

const PartId = z
  .string()
  .max(60)
  .regex(/^[a-z0-9_]+$/);

/** What a repair did, as the mechanic records it (a resolved case when `fixed`). */
export const RepairOutcomeInputSchema = z.object({
  sessionId: Id,
  /** The code it addressed; null for the session as a whole. */
  code: DtcCode.nullable().default(null),
  knownProblem: z.string().trim().min(1).max(100).nullable().default(null),
  /** `Cause.key` of the cause that was confirmed, null when the fix is not in the list. */
  causeKey: z.string().trim().min(1).max(100).nullable().default(null),
  parts: z.array(PartId).max(20).default([]),
  note: z.string().trim().max(2000).nullable().default(null),
  outcome: z.enum(['fixed', 'not_fixed']),
  labourHours: z.number().positive().max(100).nullable().default(null),
  technician: z.string().trim().min(1).max(100).nullable().default(null),
});
export type RepairOutcomeInput = z.output<typeof RepairOutcomeInputSchema>;

export const StoredRepairOutcomeSchema = z.object({
  id: Id,
  sessionId: Id,
  code: z.string().nullable(),
  knownProblem: z.string().nullable(),
  causeKey: z.string().nullable(),
  parts: z.array(z.string()),
  note: z.string().nullable(),
  outcome: z.enum(['fixed', 'not_fixed']),
  labourHours: z.number().nullable(),
  technician: z.string().nullable(),
  recordedAt: IsoDateTime,
  revision: z.number().int().positive(),
});
export type StoredRepairOutcome = z.infer<typeof StoredRepairOutcomeSchema>;

export const diagnosisApi = {
  /** Describes a code, with the criticality it gets when stored alone. */
  'diagnosis.lookupDtc': query(
    z.object({ code: DtcCode, lang: Language.default('fr') }),
    DtcLookupSchema,
  ),
  /** Diagnoses a stored session, stores the report with it and returns it. */
  'diagnosis.diagnoseSession': mutation(SessionInput, StoredReportSchema),
  /** The report stored with a session, null until it has been diagnosed. */
  'diagnosis.getReport': query(SessionInput, StoredReportSchema.nullable()),
  /** A vehicle's sessions, most recent first. */
  'diagnosis.listSessions': query(
    z.object({ vehicleId: Id }),
    z.object({ sessions: z.array(SessionListItemSchema) }),
  ),
  /** What actually fixed the car: feeds the similar cases of later diagnoses. */
  'diagnosis.recordResolution': mutation(
    z.object({ sessionId: Id, text: z.string().trim().min(1).max(2000) }),
    SessionListItemSchema,
  ),
  /**
   * Records what a repair did for a session (and one of its codes): fixed outcomes rank the causes
   * of later diagnoses of the same code or known problem, and time the labour.
   */
  'diagnosis.recordOutcome': mutation(RepairOutcomeInputSchema, StoredRepairOutcomeSchema),
  /** The outcomes recorded for a session, oldest first. */
  'diagnosis.listOutcomes': query(
    SessionInput,
    z.object({ outcomes: z.array(StoredRepairOutcomeSchema) }),
  ),
  /** Withdraws an outcome recorded by mistake (tombstone, synced). */
  'diagnosis.deleteOutcome': mutation(z.object({ id: Id }), z.object({ deleted: z.literal(true) })),
  /** The stored report as a PDF (base64), in French unless asked otherwise. */
  'diagnosis.exportReportPdf': query(
    z.object({ sessionId: Id, lang: Language.default('fr') }),
    z.object({ fileName: z.string(), mimeType: z.literal('application/pdf'), base64: z.string() }),
  ),
};

/**
 * Names of the part categories used by the known problems (ids are French snake_case words).
 * Report presentation only: an id missing here is shown humanised, never hidden.
 */
const PART_LABELS: Record<string, { fr: string; en: string }> = {
  actionneur_volets: { fr: 'actionneur de volets d’admission', en: 'intake flap actuator' },
  additif_fap: { fr: 'additif FAP', en: 'DPF additive' },
  alternateur: { fr: 'alternateur', en: 'alternator' },
  batterie: { fr: 'batterie', en: 'battery' },
  bloc_hydraulique: { fr: 'bloc hydraulique', en: 'hydraulic unit' },
  bobine: { fr: 'bobine d’allumage', en: 'ignition coil' },
  boitier_papillon: { fr: 'boîtier papillon', en: 'throttle body' },
  boitier_prechauffage: { fr: 'boîtier de préchauffage', en: 'glow plug control unit' },
  bouchon_reservoir: { fr: 'bouchon de réservoir', en: 'fuel cap' },
  bougie: { fr: 'bougie d’allumage', en: 'spark plug' },
  bougie_prechauffage: { fr: 'bougie de préchauffage', en: 'glow plug' },
  calculateur: { fr: 'calculateur', en: 'control unit' },
  canister: { fr: 'canister', en: 'charcoal canister' },
  capteur: { fr: 'capteur', en: 'sensor' },
  capteur_abs: { fr: 'capteur ABS', en: 'ABS wheel sensor' },
  capteur_angle_volant: { fr: 'capteur d’angle volant', en: 'steering angle sensor' },
  capteur_arbre_a_cames: { fr: 'capteur d’arbre à cames', en: 'camshaft sensor' },
  capteur_cliquetis: { fr: 'capteur de cliquetis', en: 'knock sensor' },
  capteur_nox: { fr: 'capteur NOx', en: 'NOx sensor' },
  capteur_pression_admission: { fr: 'capteur de pression d’admission', en: 'MAP sensor' },
  capteur_pression_differentielle: {
    fr: 'capteur de pression différentielle',
    en: 'differential pressure sensor',
  },
  capteur_vilebrequin: { fr: 'capteur de vilebrequin', en: 'crankshaft sensor' },
  capteur_vitesse: { fr: 'capteur de vitesse', en: 'speed sensor' },
  catalyseur: { fr: 'catalyseur', en: 'catalytic converter' },
  clapet_air_secondaire: { fr: 'clapet d’air secondaire', en: 'secondary air valve' },
  collecteur_admission: { fr: 'collecteur d’admission', en: 'intake manifold' },
  connecteur_airbag: { fr: 'connecteur d’airbag', en: 'airbag connector' },
  contacteur_stop: { fr: 'contacteur de stop', en: 'brake light switch' },
  convertisseur: { fr: 'convertisseur de couple', en: 'torque converter' },
  courroie_accessoires: { fr: 'courroie d’accessoires', en: 'auxiliary belt' },
  debitmetre: { fr: 'débitmètre d’air', en: 'mass air flow sensor' },
  dephaseur: { fr: 'déphaseur d’arbre à cames', en: 'cam phaser' },
  durite_admission: { fr: 'durite d’admission', en: 'intake hose' },
  durite_evap: { fr: 'durite EVAP', en: 'EVAP hose' },
  durite_refroidissement: { fr: 'durite de refroidissement', en: 'coolant hose' },
  durite_turbo: { fr: 'durite de turbo', en: 'turbo hose' },
  echangeur: { fr: 'échangeur (intercooler)', en: 'intercooler' },
  echangeur_huile: { fr: 'échangeur huile/eau', en: 'oil cooler' },
  electrovanne_boite: { fr: 'électrovanne de boîte', en: 'transmission solenoid' },
  electrovanne_purge: { fr: 'électrovanne de purge canister', en: 'canister purge valve' },
  electrovanne_turbo: { fr: 'électrovanne de turbo', en: 'boost control solenoid' },
  electrovanne_vvt: { fr: 'électrovanne de distribution variable', en: 'VVT solenoid' },
  faisceau: { fr: 'faisceau électrique', en: 'wiring harness' },
  filtre_a_air: { fr: 'filtre à air', en: 'air filter' },
  filtre_a_huile: { fr: 'filtre à huile', en: 'oil filter' },
  filtre_a_particules: { fr: 'filtre à particules', en: 'diesel particulate filter' },
  filtre_boite: { fr: 'filtre de boîte', en: 'transmission filter' },
  filtre_carburant: { fr: 'filtre à carburant', en: 'fuel filter' },
  groupe_abs: { fr: 'groupe ABS', en: 'ABS module' },
  huile_boite: { fr: 'huile de boîte', en: 'transmission fluid' },
  huile_moteur: { fr: 'huile moteur', en: 'engine oil' },
  injecteur: { fr: 'injecteur', en: 'injector' },
  joint_collecteur: { fr: 'joint de collecteur', en: 'manifold gasket' },
  joint_de_culasse: { fr: 'joint de culasse', en: 'head gasket' },
  joint_echappement: { fr: 'joint d’échappement', en: 'exhaust gasket' },
  joint_egr: { fr: 'joint de vanne EGR', en: 'EGR valve gasket' },
  joint_injecteur: { fr: 'joint d’injecteur', en: 'injector seal' },
  kit_chaine_distribution: { fr: 'kit chaîne de distribution', en: 'timing chain kit' },
  kit_distribution: { fr: 'kit de distribution', en: 'timing belt kit' },
  kit_embrayage: { fr: 'kit d’embrayage', en: 'clutch kit' },
  liquide_direction: { fr: 'liquide de direction', en: 'power steering fluid' },
  liquide_refroidissement: { fr: 'liquide de refroidissement', en: 'coolant' },
  manocontact_huile: { fr: 'manocontact de pression d’huile', en: 'oil pressure switch' },
  module_airbag: { fr: 'module airbag', en: 'airbag module' },
  motoventilateur: { fr: 'motoventilateur', en: 'radiator fan' },
  pedale_accelerateur: { fr: 'pédale d’accélérateur', en: 'accelerator pedal' },
  pompe_a_carburant: { fr: 'pompe à carburant', en: 'fuel pump' },
  pompe_a_eau: { fr: 'pompe à eau', en: 'water pump' },
  pompe_a_huile: { fr: 'pompe à huile', en: 'oil pump' },
  pompe_air_secondaire: { fr: 'pompe d’air secondaire', en: 'secondary air pump' },
  pompe_direction: { fr: 'pompe de direction', en: 'power steering pump' },
  pompe_haute_pression: { fr: 'pompe haute pression', en: 'high-pressure fuel pump' },
  refroidisseur_boite: { fr: 'refroidisseur de boîte', en: 'transmission cooler' },
  refroidisseur_egr: { fr: 'refroidisseur EGR', en: 'EGR cooler' },
  regulateur_alternateur: { fr: 'régulateur d’alternateur', en: 'alternator regulator' },
  regulateur_pression: { fr: 'régulateur de pression', en: 'pressure regulator' },
  relais_ventilateur: { fr: 'relais de ventilateur', en: 'fan relay' },
  reniflard: { fr: 'reniflard', en: 'crankcase breather' },
  roulement_roue: { fr: 'roulement de roue', en: 'wheel bearing' },
  ruban_contact_airbag: { fr: 'ruban contacteur d’airbag', en: 'airbag clock spring' },
  sonde_lambda: { fr: 'sonde lambda', en: 'oxygen sensor' },
  sonde_temperature_eau: { fr: 'sonde de température d’eau', en: 'coolant temperature sensor' },
  thermostat: { fr: 'thermostat', en: 'thermostat' },
  turbo: { fr: 'turbocompresseur', en: 'turbocharger' },
  vanne_decharge: { fr: 'vanne de décharge', en: 'wastegate / diverter valve' },
  vanne_egr: { fr: 'vanne EGR', en: 'EGR valve' },
  vanne_ralenti: { fr: 'vanne de ralenti', en: 'idle air control valve' },
  volant_moteur: { fr: 'volant moteur', en: 'flywheel' },
};

export function partLabel(id: string, lang: 'fr' | 'en'): string {
  return PART_LABELS[id]?.[lang] ?? id.replace(/_/g, ' ');
}

/** Verdict words as printed next to the colour, so the level reads without colour vision. */
export const VERDICT_LABELS: Record<
  'rouge' | 'orange' | 'jaune' | 'ok',
  { fr: string; en: string }
> = {
  rouge: { fr: 'Rouge', en: 'Red' },
  orange: { fr: 'Orange', en: 'Orange' },
  jaune: { fr: 'Jaune', en: 'Yellow' },
  ok: { fr: 'OK', en: 'OK' },
};

/** Readiness monitors (SAE J1979 PID 01, names as the OBD layer decodes them). */
const MONITOR_LABELS: Record<string, { fr: string; en: string }> = {
  misfire: { fr: 'ratés de combustion', en: 'misfire' },
  fuelSystem: { fr: 'système d’alimentation', en: 'fuel system' },
  components: { fr: 'composants', en: 'comprehensive components' },
  catalyst: { fr: 'catalyseur', en: 'catalyst' },
  heatedCatalyst: { fr: 'catalyseur chauffé', en: 'heated catalyst' },
  evaporativeSystem: { fr: 'système EVAP (vapeurs de carburant)', en: 'evaporative system' },
  secondaryAir: { fr: 'air secondaire', en: 'secondary air' },
  acRefrigerant: { fr: 'fluide de climatisation', en: 'A/C refrigerant' },
  oxygenSensor: { fr: 'sondes lambda', en: 'oxygen sensors' },
  oxygenSensorHeater: { fr: 'chauffage des sondes lambda', en: 'oxygen sensor heaters' },
  egrVvt: { fr: 'EGR / distribution variable', en: 'EGR / VVT' },
  nmhcCatalyst: { fr: 'catalyseur NMHC', en: 'NMHC catalyst' },
  noxScr: { fr: 'post-traitement NOx / SCR', en: 'NOx / SCR aftertreatment' },
  boostPressure: { fr: 'pression de suralimentation', en: 'boost pressure' },
  exhaustGasSensor: { fr: 'capteurs de gaz d’échappement', en: 'exhaust gas sensors' },
  pmFilter: { fr: 'filtre à particules', en: 'particulate filter' },
};

export function monitorLabel(name: string, lang: 'fr' | 'en'): string {
  return MONITOR_LABELS[name]?.[lang] ?? name;
}
