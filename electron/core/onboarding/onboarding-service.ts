import type {
  AccountDraft,
  AffiliationDraft,
  ChecksResult,
  CheckRun,
  DocumentInfo,
  FieldIssue,
  GarageProfile,
  OnboardingDraft,
  OnboardingStep,
  ProfileDraft,
  ReviewValuesInput,
} from '@shared/api/onboarding';
import {
  MAX_UPLOAD_BASE64_CHARS,
  ONBOARDING_STEPS,
  validateAccount,
  validateAffiliation,
  validateProfile,
  validateReview,
} from '@shared/api/onboarding';
import { AppError } from '@shared/api/errors';
import type { ImageProvenance, PdfProvenance, RegistryOutcome } from '@shared/onboarding/checks';
import { registryCheck, runOfflineChecks } from '@shared/onboarding/checks';
import { extractKbisFields } from '@shared/onboarding/kbis-extract';
import { applyReview, reviewValuesFrom } from '@shared/onboarding/review-fields';
import type { ReviewValues } from '@shared/onboarding/review-fields';
import { checkSiren } from '@shared/onboarding/siren';
import { assessTrust } from '@shared/onboarding/trust';
import type { KbisFields, OnboardingCheck, TrustAssessment } from '@shared/onboarding/types';
import { normalizePhone } from '@shared/workshop/phone';
import type { CoreContext } from '../app/core-context';
import type { TaskContext } from '../app/task-registry';
import { cancelledError } from '../app/task-registry';
import type { GarageProfileTable, OnboardingDraftTable, SyncedColumns } from '../db/schema';
import type { SyncedTransaction } from '../db/synced-writer';
import { uuidv7 } from '../db/uuidv7';
import { createLogger } from '../log/logger';
import type { DocumentFormat } from './document-format';
import { detectDocumentFormat, INTAKE_LIMITS } from './document-format';
import { DocumentFileStore, sha256Hex } from './document-store';
import { DocumentIntakeError } from './intake-errors';
import type { OcrService } from './ocr-service';
import { hashPassword } from './password-hash';
import { DEFAULT_REGISTRY_URL, RegistryClient } from './registry-client';
import { enqueueRegistryCheck, processPendingRegistryChecks } from './registry-queue';
import { SqliteRegistryCheckStore } from './sqlite-registry-check-store';

const log = createLogger('onboarding');

export interface OnboardingOptions {
  /** Base URL of the API Recherche d'entreprises (a local fake in tests). */
  registryUrl: string;
  registryTimeoutMs: number;
  /** First back-off delay of the retry queue (then doubled, capped at 6 h). */
  firstRetryMs: number;
  /** How often the core looks for due registry checks. */
  retryTickMs: number;
  recencyMonths?: number;
  now?: () => Date;
}

function positiveNumber(raw: string | undefined, fallback: number): number {
  const value = Number(raw);
  return raw !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Configuration from the environment, so `novaevo serve` and tests can point elsewhere. */
export function onboardingOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): OnboardingOptions {
  return {
    registryUrl: env.NOVAEVO_REGISTRY_URL || DEFAULT_REGISTRY_URL,
    registryTimeoutMs: positiveNumber(env.NOVAEVO_REGISTRY_TIMEOUT_MS, 6_000),
    firstRetryMs: positiveNumber(env.NOVAEVO_REGISTRY_FIRST_RETRY_MS, 60_000),
    retryTickMs: positiveNumber(env.NOVAEVO_REGISTRY_RETRY_TICK_MS, 15_000),
  };
}

/** What reading a document produced, stored with the document (keyed by its hash). */
interface StoredReadResult {
  source: 'text_layer' | 'ocr';
  pageCount: number;
  fields: KbisFields;
  pdf: PdfProvenance | null;
  image: ImageProvenance | null;
  totalMs: number;
}

interface StoredReview {
  extracted: KbisFields;
  values: ReviewValues;
}

type StoredAccount = Omit<AccountDraft, 'password'>;

function parseJson<T>(text: string | null): T | null {
  return text === null ? null : (JSON.parse(text) as T);
}

function rejected(error: DocumentIntakeError): AppError {
  return new AppError('DOCUMENT_REJECTED', error.userMessage, { reason: error.code });
}

function validation(fr: string, en: string, details?: unknown): AppError {
  return new AppError('VALIDATION', { fr, en }, details);
}

const PROFILE_STEPS = ONBOARDING_STEPS.filter((step) => step !== 'activation');

export class OnboardingService {
  private readonly documents: DocumentFileStore;
  private readonly queue: SqliteRegistryCheckStore;
  private readonly registry: RegistryClient;
  private ocr: OcrService | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private retrying: Promise<unknown> | null = null;
  private readonly now: () => Date;

  constructor(
    private readonly context: CoreContext,
    private readonly options: OnboardingOptions,
  ) {
    this.documents = new DocumentFileStore(context.dataDir);
    this.queue = new SqliteRegistryCheckStore(context.database);
    this.registry = new RegistryClient({
      baseUrl: options.registryUrl,
      timeoutMs: options.registryTimeoutMs,
      // The wizard waits on this call: one quick retry, then the queue takes over.
      maxRetries: 1,
      baseDelayMs: 250,
    });
    this.now = options.now ?? (() => new Date());
  }

  /** Starts the registry retry timer; `close` stops it and releases the OCR worker. */
  start(): void {
    this.retryTimer = setInterval(() => void this.retryDue(false), this.options.retryTickMs);
    // A pending check must not keep the CLI or a test process alive.
    this.retryTimer.unref();
  }

  async close(): Promise<void> {
    if (this.retryTimer) clearInterval(this.retryTimer);
    this.retryTimer = null;
    await this.retrying?.catch(() => undefined);
    await this.ocr?.terminate();
  }

  /**
   * One OCR worker per core, created on the first document read, released when idle. Loaded
   * lazily: sharp, pdf.js and tesseract.js stay out of `novaevo serve`'s start-up.
   */
  private async ocrService(): Promise<OcrService> {
    if (!this.ocr) {
      const { OcrService } = await import('./ocr-service');
      this.ocr ??= new OcrService({ idleTimeoutMs: 60_000 });
    }
    return this.ocr;
  }

  private today(): string {
    return this.now().toISOString().slice(0, 10);
  }

  // ----------------------------------------------------------------------------------------
  // Drafts

  private async currentRow(): Promise<OnboardingDraftTable> {
    const { db } = this.context.database;
    const open = await db
      .selectFrom('onboardingDraft')
      .selectAll()
      .where('status', '=', 'in_progress')
      .executeTakeFirst();
    if (open) return open;
    const last = await db
      .selectFrom('onboardingDraft')
      .selectAll()
      .orderBy('updatedAt', 'desc')
      .executeTakeFirst();
    if (last) return last;
    return this.createDraft();
  }

  private async createDraft(): Promise<OnboardingDraftTable> {
    const stamp = this.now().toISOString();
    const row: OnboardingDraftTable = {
      id: uuidv7(),
      status: 'in_progress',
      currentStep: 'account',
      account: null,
      passwordHash: null,
      documentSha256: null,
      review: null,
      checks: null,
      profile: null,
      affiliation: null,
      profileId: null,
      createdAt: stamp,
      updatedAt: stamp,
    };
    await this.context.database.db.insertInto('onboardingDraft').values(row).execute();
    return row;
  }

  private async openRow(): Promise<OnboardingDraftTable> {
    const row = await this.currentRow();
    if (row.status !== 'in_progress') {
      throw validation(
        'Ce garage est déjà activé : commencez une nouvelle inscription pour un autre garage.',
        'This garage is already activated: start a new sign-up for another garage.',
      );
    }
    return row;
  }

  private async updateRow(
    id: string,
    patch: Partial<Omit<OnboardingDraftTable, 'id' | 'createdAt'>>,
  ): Promise<void> {
    await this.context.database.db
      .updateTable('onboardingDraft')
      .set({ ...patch, updatedAt: this.now().toISOString() })
      .where('id', '=', id)
      .execute();
  }

  private async documentInfo(sha256: string | null): Promise<{
    info: DocumentInfo;
    read: StoredReadResult | null;
    storedPath: string;
  } | null> {
    if (sha256 === null) return null;
    const row = await this.context.database.db
      .selectFrom('onboardingDocument')
      .selectAll()
      .where('sha256', '=', sha256)
      .executeTakeFirst();
    if (!row) return null;
    const read = parseJson<StoredReadResult>(row.readResult);
    return {
      storedPath: row.storedPath,
      read,
      info: {
        sha256: row.sha256,
        fileName: row.fileName,
        mime: row.mime,
        format: row.format,
        sizeBytes: row.sizeBytes,
        uploadedAt: row.uploadedAt,
        read: read
          ? {
              source: read.source,
              pageCount: read.pageCount,
              documentType: read.fields.document_type.value,
              totalMs: Math.round(read.totalMs),
            }
          : null,
      },
    };
  }

  private reviewOf(row: OnboardingDraftTable): OnboardingDraft['review'] {
    const stored = parseJson<StoredReview>(row.review);
    if (!stored) return null;
    const { fields, corrected } = applyReview(stored.extracted, stored.values);
    return {
      fields,
      corrected,
      values: { ...reviewValuesFrom(stored.extracted), ...stored.values },
    };
  }

  private async view(row: OnboardingDraftTable): Promise<OnboardingDraft> {
    const account = parseJson<StoredAccount>(row.account);
    const document = await this.documentInfo(row.documentSha256);
    const review = this.reviewOf(row);
    const checks = parseJson<ChecksResult>(row.checks);
    const profile = parseJson<ProfileDraft>(row.profile);
    const affiliation = parseJson<AffiliationDraft>(row.affiliation);
    const hasPassword = row.passwordHash !== null;
    const done: Record<OnboardingStep, boolean> = {
      account: account !== null && validateAccount(account, hasPassword).length === 0,
      document: document?.read !== null && document !== null,
      review: review !== null && validateReview(review.values).length === 0,
      checks: checks !== null,
      profile: profile !== null && validateProfile(profile).length === 0,
      affiliation: affiliation !== null && validateAffiliation(affiliation).length === 0,
      activation: row.status === 'activated',
    };
    return {
      id: row.id,
      status: row.status,
      currentStep: row.currentStep as OnboardingStep,
      completedSteps: ONBOARDING_STEPS.filter((step) => done[step]),
      account: account ? { ...account, hasPassword } : null,
      document: document?.info ?? null,
      review,
      checks,
      profile,
      affiliation,
      profileId: row.profileId,
      updatedAt: row.updatedAt,
    };
  }

  async getDraft(): Promise<OnboardingDraft> {
    return this.view(await this.currentRow());
  }

  async startNew(): Promise<OnboardingDraft> {
    const row = await this.currentRow();
    if (row.status === 'in_progress') return this.view(row);
    return this.view(await this.createDraft());
  }

  /** The furthest step the user may open: the first one not complete yet. */
  private reachable(draft: OnboardingDraft): number {
    const firstIncomplete = PROFILE_STEPS.findIndex((step) => !draft.completedSteps.includes(step));
    return firstIncomplete === -1 ? ONBOARDING_STEPS.length - 1 : firstIncomplete;
  }

  async goToStep(step: OnboardingStep): Promise<OnboardingDraft> {
    const row = await this.openRow();
    const draft = await this.view(row);
    if (ONBOARDING_STEPS.indexOf(step) > this.reachable(draft)) {
      throw validation(
        'Terminez d’abord les étapes précédentes.',
        'Finish the previous steps first.',
        { step, reachable: ONBOARDING_STEPS[this.reachable(draft)] },
      );
    }
    await this.updateRow(row.id, { currentStep: step });
    return this.view({ ...row, currentStep: step });
  }

  async saveAccount(values: AccountDraft, advance: boolean) {
    const row = await this.openRow();
    const { password, ...account } = values;
    const issues = validateAccount(values, row.passwordHash !== null);
    const patch: Partial<OnboardingDraftTable> = { account: JSON.stringify(account) };
    // A password is hashed only once it is acceptable; it is never stored in clear.
    if (password && !issues.some((issue) => issue.path === 'password')) {
      patch.passwordHash = await hashPassword(password);
    }
    return this.finishSave(row, 'account', patch, issues, advance);
  }

  async saveReview(values: ReviewValuesInput, advance: boolean) {
    const row = await this.openRow();
    const stored = parseJson<StoredReview>(row.review);
    if (!stored) {
      throw validation(
        'Aucun document lu : déposez d’abord l’extrait Kbis.',
        'No document read yet: upload the Kbis extract first.',
      );
    }
    const merged = { ...stored.values, ...values };
    const before = applyReview(stored.extracted, stored.values).fields;
    const after = applyReview(stored.extracted, merged).fields;
    const patch: Partial<OnboardingDraftTable> = {
      review: JSON.stringify({ extracted: stored.extracted, values: merged }),
    };
    // Checks run on the reviewed fields: a correction makes the previous verdicts stale.
    if (JSON.stringify(before) !== JSON.stringify(after)) patch.checks = null;
    const issues = validateReview({ ...reviewValuesFrom(stored.extracted), ...merged });
    return this.finishSave(row, 'review', patch, issues, advance);
  }

  async saveProfile(values: ProfileDraft, advance: boolean) {
    const row = await this.openRow();
    return this.finishSave(
      row,
      'profile',
      { profile: JSON.stringify(values) },
      validateProfile(values),
      advance,
    );
  }

  async saveAffiliation(values: AffiliationDraft, advance: boolean) {
    const row = await this.openRow();
    return this.finishSave(
      row,
      'affiliation',
      { affiliation: JSON.stringify(values) },
      validateAffiliation(values),
      advance,
    );
  }

  private async finishSave(
    row: OnboardingDraftTable,
    step: OnboardingStep,
    patch: Partial<OnboardingDraftTable>,
    errors: FieldIssue[],
    advance: boolean,
  ): Promise<{ draft: OnboardingDraft; errors: FieldIssue[] }> {
    const next = ONBOARDING_STEPS[ONBOARDING_STEPS.indexOf(step) + 1];
    if (advance && errors.length === 0 && next) patch.currentStep = next;
    await this.updateRow(row.id, patch);
    const saved = { ...row, ...patch };
    return { draft: await this.view(saved), errors };
  }

  // ----------------------------------------------------------------------------------------
  // Document

  async uploadDocument(input: {
    fileName: string;
    mime: string;
    dataBase64: string;
  }): Promise<OnboardingDraft> {
    const row = await this.openRow();
    // Refused from its length alone: decoding 70 MB of base64 only to refuse it wastes memory.
    if (input.dataBase64.length > MAX_UPLOAD_BASE64_CHARS) {
      const megabytes = ((input.dataBase64.length * 3) / 4 / 1024 / 1024).toFixed(1);
      throw rejected(new DocumentIntakeError('image_too_large', `${megabytes} Mo`));
    }
    const bytes = Buffer.from(input.dataBase64, 'base64');
    if (bytes.length === 0) throw rejected(new DocumentIntakeError('file_empty'));
    const format: DocumentFormat | null = detectDocumentFormat(bytes);
    if (format === null) throw rejected(new DocumentIntakeError('unsupported_format'));
    const limit = format === 'pdf' ? INTAKE_LIMITS.maxPdfBytes : INTAKE_LIMITS.maxImageBytes;
    if (bytes.length > limit) {
      const megabytes = (bytes.length / 1024 / 1024).toFixed(1);
      throw rejected(new DocumentIntakeError('image_too_large', `${megabytes} Mo`));
    }
    const sha256 = sha256Hex(bytes);
    const storedPath = await this.documents.save(sha256, format, bytes);
    await this.context.database.db
      .insertInto('onboardingDocument')
      .values({
        sha256,
        fileName: input.fileName,
        mime: input.mime || 'application/octet-stream',
        format,
        sizeBytes: bytes.length,
        storedPath,
        uploadedAt: this.now().toISOString(),
        readResult: null,
        readAt: null,
      })
      .onConflict((oc) => oc.column('sha256').doNothing())
      .execute();
    const patch: Partial<OnboardingDraftTable> = {
      documentSha256: sha256,
      review: null,
      checks: null,
      currentStep: 'document',
    };
    await this.updateRow(row.id, patch);
    return this.view({ ...row, ...patch });
  }

  /** Reads the draft's document in a task; the result is kept with the document's hash. */
  async readDocument(taskId: string | undefined): Promise<OnboardingDraft> {
    const row = await this.openRow();
    const document = await this.documentInfo(row.documentSha256);
    if (!document) {
      throw validation('Aucun document déposé.', 'No document uploaded.');
    }
    const sha256 = document.info.sha256;
    const read = await this.context.tasks.run(
      'onboarding.read',
      (task) => this.readWithProgress(sha256, document.storedPath, document.read, task),
      taskId,
    );
    // The user may have dropped another file meanwhile: apply only to the same document.
    const current = await this.openRow();
    if (current.documentSha256 !== sha256) return this.view(current);
    const patch: Partial<OnboardingDraftTable> = {
      review: JSON.stringify({ extracted: read.fields, values: {} } satisfies StoredReview),
      checks: null,
      currentStep: 'review',
    };
    await this.updateRow(current.id, patch);
    return this.view({ ...current, ...patch });
  }

  private async readWithProgress(
    sha256: string,
    storedPath: string,
    cached: StoredReadResult | null,
    task: TaskContext,
  ): Promise<StoredReadResult> {
    if (cached) {
      task.report({ done: 100, total: 100, label: 'cached' });
      return cached;
    }
    task.report({ done: 0, total: 100, label: 'opening' });
    try {
      const bytes = await this.documents.read(storedPath);
      const { readDocument } = await import('./document-intake');
      const document = await readDocument(bytes, {
        ocr: await this.ocrService(),
        signal: task.signal,
        onProgress: (progress) => {
          // Pages share the bar evenly; tesseract reports 0–1 within each of its stages.
          const share = (progress.page - 1 + progress.progress) / Math.max(1, progress.pageCount);
          task.report({
            done: Math.min(99, Math.round(share * 100)),
            total: 100,
            label: `${progress.status} (${progress.page}/${progress.pageCount})`,
          });
        },
      });
      if (task.signal.aborted) throw cancelledError();
      task.report({ done: 99, total: 100, label: 'parsing' });
      const started = performance.now();
      const { fields, recognised } = extractKbisFields(document.lines);
      if (!recognised) throw new DocumentIntakeError('document_not_recognised');
      const result: StoredReadResult = {
        source: document.source,
        pageCount: document.pageCount,
        fields,
        pdf: document.pdf,
        image: document.image,
        totalMs: document.timings.totalMs + (performance.now() - started),
      };
      await this.context.database.db
        .updateTable('onboardingDocument')
        .set({ readResult: JSON.stringify(result), readAt: this.now().toISOString() })
        .where('sha256', '=', sha256)
        .execute();
      task.report({ done: 100, total: 100, label: 'done' });
      return result;
    } catch (error) {
      if (task.signal.aborted) throw cancelledError();
      if (error instanceof DocumentIntakeError) {
        if (error.code === 'ocr_cancelled') throw cancelledError();
        throw rejected(error);
      }
      throw error;
    }
  }

  // ----------------------------------------------------------------------------------------
  // Checks and the registry queue

  private async onboardedSirens(exceptProfileId: string | null): Promise<string[]> {
    let query = this.context.database.db
      .selectFrom('garageProfile')
      .select('siren')
      .where('deletedAt', 'is', null);
    if (exceptProfileId) query = query.where('id', '!=', exceptProfileId);
    return (await query.execute()).map((row) => row.siren);
  }

  private async appendRun(
    tx: SyncedTransaction,
    run: {
      siren: string | null;
      draftId: string;
      trigger: CheckRun['trigger'];
      fields: KbisFields;
      checks: OnboardingCheck[];
      trust: TrustAssessment;
      runAt: string;
    },
  ): Promise<void> {
    await tx.insert('onboardingCheckRun', {
      siren: run.siren,
      draftId: run.draftId,
      runAt: run.runAt,
      trigger: run.trigger,
      fields: JSON.stringify(run.fields),
      checks: JSON.stringify(run.checks),
      trustLevel: run.trust.level,
      trustScore: run.trust.score,
      trustReasons: JSON.stringify(run.trust.reasons),
    });
  }

  async runChecks(): Promise<OnboardingDraft> {
    const row = await this.openRow();
    const draft = await this.view(row);
    const document = await this.documentInfo(row.documentSha256);
    if (!draft.review || !document?.read) {
      throw validation(
        'Lisez d’abord le document puis vérifiez les champs.',
        'Read the document and review its fields first.',
      );
    }
    const fields = draft.review.fields as KbisFields;
    const offline = runOfflineChecks(fields, {
      today: this.today(),
      recencyMonths: this.options.recencyMonths,
      onboardedSirens: await this.onboardedSirens(null),
      pdf: document.read.pdf,
      image: document.read.image,
    });
    const siren = fields.siren.value;
    let registryPending = false;
    const checks = [...offline];
    if (siren !== null && checkSiren(siren).valid) {
      const outcome = await this.lookup(siren);
      if (outcome.kind === 'unreachable') {
        registryPending = true;
        await enqueueRegistryCheck(
          this.queue,
          siren,
          this.now(),
          outcome.reason,
          this.options.firstRetryMs,
        );
      } else {
        await this.queue.remove(siren);
      }
      checks.push(registryCheck(fields, outcome));
    }
    const trust = assessTrust(checks);
    const runAt = this.now().toISOString();
    const result: ChecksResult = { runAt, checks, trust, registryPending };
    await this.context.writer.write(async (tx) => {
      await this.appendRun(tx, {
        siren,
        draftId: row.id,
        trigger: 'wizard',
        fields,
        checks,
        trust,
        runAt,
      });
      await tx.trx
        .updateTable('onboardingDraft')
        .set({ checks: JSON.stringify(result), updatedAt: runAt })
        .where('id', '=', row.id)
        .execute();
    });
    return this.view({ ...row, checks: JSON.stringify(result), updatedAt: runAt });
  }

  private async lookup(siren: string): Promise<RegistryOutcome> {
    try {
      return await this.registry.lookup(siren);
    } catch (error) {
      // A non-transient answer (4xx, bad JSON) is still "not verified yet", never "not found".
      log.warn('registry lookup failed', { siren, error: String(error) });
      return {
        kind: 'unreachable',
        reason: error instanceof Error ? error.message : String(error),
      };
    }
  }

  /** Retries queued registry checks: due ones from the timer, all of them when forced. */
  retryDue(force: boolean): Promise<{ resolved: number; stillPending: number }> {
    const previous = this.retrying ?? Promise.resolve();
    const run = previous
      .catch(() => undefined)
      .then(() =>
        processPendingRegistryChecks(
          this.queue,
          (siren) => this.lookup(siren),
          this.now(),
          (siren, outcome) => this.applyRegistryOutcome(siren, outcome),
          { firstRetryMs: this.options.firstRetryMs, force },
        ),
      )
      .then((result) => ({
        resolved: result.resolved.length,
        stillPending: result.stillPending.length,
      }));
    this.retrying = run.catch((error: unknown) => {
      log.warn('registry retry failed', { error: String(error) });
    });
    return run;
  }

  /** A queued check came back: new history row, and the draft and profile re-scored. */
  private async applyRegistryOutcome(siren: string, outcome: RegistryOutcome): Promise<void> {
    const { db } = this.context.database;
    const last = await db
      .selectFrom('onboardingCheckRun')
      .selectAll()
      .where('siren', '=', siren)
      .where('deletedAt', 'is', null)
      .orderBy('runAt', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirst();
    if (!last) return;
    const fields = JSON.parse(last.fields) as KbisFields;
    const previous = JSON.parse(last.checks) as OnboardingCheck[];
    const checks = [...previous.filter((c) => c.id !== 'registry'), registryCheck(fields, outcome)];
    const trust = assessTrust(checks);
    const runAt = this.now().toISOString();
    const result: ChecksResult = { runAt, checks, trust, registryPending: false };
    const drafts = await db.selectFrom('onboardingDraft').selectAll().execute();
    const profile = await db
      .selectFrom('garageProfile')
      .select(['id'])
      .where('siren', '=', siren)
      .where('deletedAt', 'is', null)
      .executeTakeFirst();
    await this.context.writer.write(async (tx) => {
      await this.appendRun(tx, {
        siren,
        draftId: last.draftId,
        trigger: 'registry_retry',
        fields,
        checks,
        trust,
        runAt,
      });
      for (const draft of drafts) {
        const review = this.reviewOf(draft);
        if (draft.checks === null || review?.fields.siren.value !== siren) continue;
        await tx.trx
          .updateTable('onboardingDraft')
          .set({ checks: JSON.stringify(result), updatedAt: runAt })
          .where('id', '=', draft.id)
          .execute();
      }
      if (profile) {
        await tx.update('garageProfile', profile.id, null, {
          trustLevel: trust.level,
          trustScore: trust.score,
          trustReasons: JSON.stringify(trust.reasons),
          trustAssessedAt: runAt,
        });
      }
    });
    log.info('registry check resolved', { siren, outcome: outcome.kind, level: trust.level });
  }

  // ----------------------------------------------------------------------------------------
  // Activation and profile

  async activate(): Promise<{ draft: OnboardingDraft; profile: GarageProfile }> {
    const row = await this.openRow();
    const draft = await this.view(row);
    const missing = PROFILE_STEPS.filter((step) => !draft.completedSteps.includes(step));
    if (missing.length > 0) {
      throw validation(
        `Inscription incomplète : terminez ${missing.map((s) => STEP_NAMES_FR[s]).join(', ')}.`,
        `Sign-up incomplete: finish ${missing.join(', ')}.`,
        { missingSteps: missing },
      );
    }
    const review = draft.review;
    const checks = draft.checks;
    const account = draft.account;
    const profile = draft.profile;
    const affiliation = draft.affiliation;
    const document = draft.document;
    if (
      !review ||
      !checks ||
      !account ||
      !profile ||
      !affiliation ||
      !document ||
      !row.passwordHash
    )
      throw validation('Inscription incomplète.', 'Sign-up incomplete.');
    const fields = review.fields as KbisFields;
    const siren = fields.siren.value ?? '';
    if (!checkSiren(siren).valid) {
      throw validation(
        `Le SIREN ${siren} est invalide (clé de contrôle) : corrigez-le à l’étape « Vérification des champs ».`,
        `SIREN ${siren} is invalid (check digit): correct it in the "Review" step.`,
        { path: 'siren' },
      );
    }
    if ((await this.onboardedSirens(null)).includes(siren)) throw duplicateSiren(siren);
    const activatedAt = this.now().toISOString();
    const list = (text: string) =>
      text
        .split(/[,;\n]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
    const partner = affiliation.partnerId.trim();
    const values: Omit<GarageProfileTable, keyof SyncedColumns> = {
      garageName: account.garageName.trim(),
      contactName: account.contactName.trim(),
      email: account.email.trim().toLowerCase(),
      phone: normalizePhone(account.phone) ?? account.phone.trim(),
      siren,
      siretSiege: fields.siret_siege.value,
      denomination: fields.denomination.value ?? account.garageName,
      formeJuridique: fields.forme_juridique.value,
      rcs: fields.rcs.value,
      greffe: fields.greffe.value,
      adresseSiege: fields.adresse_siege.value,
      codeApe: fields.code_ape.value,
      activite: fields.activite.value,
      dateImmatriculation: fields.date_immatriculation.value,
      dateExtrait: fields.date_extrait.value,
      documentType: fields.document_type.value,
      documentSha256: document.sha256,
      extractedFields: JSON.stringify(fields),
      correctedFields: JSON.stringify(review.corrected),
      services: JSON.stringify(profile.services),
      brands: JSON.stringify(list(profile.brands)),
      certifications: JSON.stringify(list(profile.certifications)),
      openingHours: JSON.stringify(profile.openingHours),
      technicians: JSON.stringify(
        profile.technicians.map((t) => ({ name: t.name.trim(), skills: t.skills })),
      ),
      workshopAddressLine: profile.workshopAddress.line.trim(),
      workshopPostalCode: profile.workshopAddress.postalCode.trim(),
      workshopCity: profile.workshopAddress.city.trim(),
      affiliationPartnerId: partner === '' ? null : partner,
      affiliationDisclosure: partner === '' ? null : affiliation.disclosure.trim(),
      status: 'active',
      activatedAt,
      trustLevel: checks.trust.level,
      trustScore: checks.trust.score,
      trustReasons: JSON.stringify(checks.trust.reasons),
      trustAssessedAt: checks.runAt,
    };
    const passwordHash = row.passwordHash;
    let profileId: string;
    try {
      profileId = await this.context.writer.write(async (tx) => {
        const inserted = await tx.insert('garageProfile', values);
        await tx.trx
          .insertInto('accountCredential')
          .values({ profileId: inserted.id, passwordHash, createdAt: activatedAt })
          .execute();
        await tx.trx
          .updateTable('onboardingDraft')
          .set({
            status: 'activated',
            profileId: inserted.id,
            currentStep: 'activation',
            passwordHash: null,
            updatedAt: activatedAt,
          })
          .where('id', '=', row.id)
          .execute();
        return inserted.id;
      });
    } catch (error) {
      // Another workstation may have won the race: the unique index has the last word.
      if (String(error).includes('garage_profile.siren')) throw duplicateSiren(siren);
      throw error;
    }
    const activated = await this.view(await this.currentRow());
    const result = await this.getProfile(profileId);
    if (!result) throw new Error('profile vanished after activation');
    return { draft: activated, profile: result.profile };
  }

  async getProfile(id: string | undefined): Promise<{
    profile: GarageProfile;
    history: CheckRun[];
  } | null> {
    const { db } = this.context.database;
    let query = db.selectFrom('garageProfile').selectAll().where('deletedAt', 'is', null);
    query = id ? query.where('id', '=', id) : query.orderBy('activatedAt', 'desc');
    const row = await query.executeTakeFirst();
    if (!row) return null;
    const runs = await db
      .selectFrom('onboardingCheckRun')
      .selectAll()
      .where('siren', '=', row.siren)
      .where('deletedAt', 'is', null)
      .orderBy('runAt', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return {
      profile: profileFromRow(row),
      history: runs.map((run) => ({
        id: run.id,
        runAt: run.runAt,
        trigger: run.trigger,
        siren: run.siren,
        checks: JSON.parse(run.checks) as OnboardingCheck[],
        trust: {
          level: run.trustLevel,
          score: run.trustScore,
          reasons: JSON.parse(run.trustReasons) as TrustAssessment['reasons'],
        },
      })),
    };
  }

  pendingRegistryChecks(): Promise<number> {
    return this.queue.count();
  }
}

const STEP_NAMES_FR: Record<OnboardingStep, string> = {
  account: 'le compte',
  document: 'le document',
  review: 'la vérification des champs',
  checks: 'les contrôles',
  profile: 'le profil',
  affiliation: 'l’affiliation',
  activation: 'l’activation',
};

function duplicateSiren(siren: string): AppError {
  return new AppError(
    'DUPLICATE_SIREN',
    {
      fr: `Une entreprise de SIREN ${siren} est déjà inscrite sur cette installation : un même garage ne peut pas être activé deux fois.`,
      en: `A company with SIREN ${siren} is already onboarded on this installation: the same garage cannot be activated twice.`,
    },
    { siren },
  );
}

function profileFromRow(row: GarageProfileTable): GarageProfile {
  return {
    id: row.id,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    revision: row.revision,
    garageName: row.garageName,
    contactName: row.contactName,
    email: row.email,
    phone: row.phone,
    siren: row.siren,
    denomination: row.denomination,
    documentType: row.documentType,
    documentSha256: row.documentSha256,
    fields: JSON.parse(row.extractedFields) as KbisFields,
    corrected: JSON.parse(row.correctedFields) as string[],
    services: JSON.parse(row.services) as string[],
    brands: JSON.parse(row.brands) as string[],
    certifications: JSON.parse(row.certifications) as string[],
    openingHours: JSON.parse(row.openingHours) as GarageProfile['openingHours'],
    technicians: JSON.parse(row.technicians) as GarageProfile['technicians'],
    workshopAddress: {
      line: row.workshopAddressLine,
      postalCode: row.workshopPostalCode,
      city: row.workshopCity,
    },
    affiliationPartnerId: row.affiliationPartnerId,
    affiliationDisclosure: row.affiliationDisclosure,
    status: row.status,
    activatedAt: row.activatedAt,
    trust: {
      level: row.trustLevel,
      score: row.trustScore,
      reasons: JSON.parse(row.trustReasons) as TrustAssessment['reasons'],
    },
    trustAssessedAt: row.trustAssessedAt,
  };
}
