import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@shared/api/errors';
import { toApiError, useApi } from '../../api/hooks';
import { Button, ErrorBanner } from '../../ui/components';
import { CameraCapture } from './CameraCapture';
import type { StepProps } from './wizard-kit';
import { MAX_DOCUMENT_BYTES, megabytes } from './wizard-kit';

const ACCEPT =
  '.pdf,.jpg,.jpeg,.png,.tif,.tiff,.webp,application/pdf,image/jpeg,image/png,image/tiff,image/webp';

function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsDataURL(file);
  });
}

interface ReadingTask {
  id: string;
  done: number;
  label: string;
}

export function DocumentStep({ draft, onDraft }: StepProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [error, setError] = useState<ApiError | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [task, setTask] = useState<ReadingTask | null>(null);
  const [dragging, setDragging] = useState(false);
  const [camera, setCamera] = useState(false);
  const taskId = useRef<string | null>(null);

  useEffect(
    () =>
      api.on('task.progress', (progress) => {
        if (progress.taskId !== taskId.current || progress.state !== 'running') return;
        setTask({ id: progress.taskId, done: progress.done, label: progress.label });
      }),
    [api],
  );

  const read = async () => {
    const id = `onboarding-read-${Date.now().toString(36)}`;
    taskId.current = id;
    setTask({ id, done: 0, label: '' });
    setCancelled(false);
    try {
      onDraft(await api.call('onboarding.readDocument', { taskId: id }));
    } catch (caught) {
      const apiError = toApiError(caught);
      if (apiError.code === 'CANCELLED') setCancelled(true);
      else setError(apiError);
    } finally {
      taskId.current = null;
      setTask(null);
    }
  };

  const take = async (file: Blob, fileName: string) => {
    setError(null);
    setLocalError(null);
    setCancelled(false);
    if (file.size > MAX_DOCUMENT_BYTES) {
      setLocalError(
        t('onboarding.document.tooLarge', { size: megabytes(file.size, i18n.language) }),
      );
      return;
    }
    setUploading(true);
    try {
      const dataBase64 = await readAsBase64(file);
      onDraft(
        await api.call('onboarding.uploadDocument', {
          fileName,
          mime: file.type,
          dataBase64,
        }),
      );
    } catch (caught) {
      setError(toApiError(caught));
      return;
    } finally {
      setUploading(false);
    }
    await read();
  };

  const document = draft.document;
  const busy = uploading || task !== null;

  return (
    <section className="form">
      <h2>{t('onboarding.document.title')}</h2>
      <p className="muted">{t('onboarding.document.help')}</p>
      <ErrorBanner error={error} />
      {localError ? (
        <div className="banner banner-error" role="alert">
          {localError}
        </div>
      ) : null}
      {cancelled ? (
        <div className="banner banner-warning" role="status">
          {t('onboarding.document.cancelled')}
        </div>
      ) : null}
      <div
        className={`onb-dropzone ${dragging ? 'onb-dropzone-active' : ''}`}
        role="group"
        aria-label={t('onboarding.document.dropZone')}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          const file = event.dataTransfer.files[0];
          if (file && !busy) void take(file, file.name);
        }}
      >
        <label className="btn btn-primary onb-file-label">
          {t('onboarding.document.pick')}
          <input
            type="file"
            className="visually-hidden"
            accept={ACCEPT}
            disabled={busy}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void take(file, file.name);
            }}
          />
        </label>
        <span className="muted">{t('onboarding.document.drop')}</span>
        <Button disabled={busy} onClick={() => setCamera(true)}>
          {t('onboarding.document.camera')}
        </Button>
      </div>
      {camera ? (
        <CameraCapture
          onClose={() => setCamera(false)}
          onCapture={(png) => {
            setCamera(false);
            void take(png, `photo-${new Date().toISOString().slice(0, 19)}.png`);
          }}
        />
      ) : null}
      {uploading ? <p role="status">{t('onboarding.document.uploading')}</p> : null}
      {task ? (
        <div className="onb-progress card" role="status">
          <p>{t('onboarding.document.reading')}</p>
          <progress max={100} value={task.done} aria-label={t('onboarding.document.progress')} />
          <p className="muted mono">
            {task.done} % {task.label}
          </p>
          <Button
            variant="danger"
            onClick={() => void api.call('tasks.cancel', { taskId: task.id })}
          >
            {t('onboarding.document.cancel')}
          </Button>
        </div>
      ) : null}
      {document ? (
        <div className="card">
          <p>
            {t('onboarding.document.current', {
              name: document.fileName,
              size: megabytes(document.sizeBytes, i18n.language),
            })}
          </p>
          {document.read ? (
            <p className="muted">
              {t('onboarding.document.readDone', {
                ms: document.read.totalMs,
                pages: document.read.pageCount,
                source:
                  document.read.source === 'ocr'
                    ? t('onboarding.document.sourceOcr')
                    : t('onboarding.document.sourceText'),
              })}
            </p>
          ) : null}
          {!busy ? (
            <div className="actions">
              <Button onClick={() => void read()}>{t('onboarding.document.reread')}</Button>
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
