import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/components';

/**
 * Webcam capture: getUserMedia → video → canvas → PNG. Works in the Electron window and in
 * the browser host (a secure context: localhost counts as one).
 */
export function CameraCapture({
  onCapture,
  onClose,
}: {
  onCapture: (png: Blob) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const videoRef = useRef<HTMLVideoElement>(null);
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const video = videoRef.current;
    if (video && stream) {
      video.srcObject = stream;
      void video.play().catch(() => undefined);
    }
    // The camera light must go off as soon as the panel closes.
    return () => stream?.getTracks().forEach((track) => track.stop());
  }, [stream]);

  const start = async () => {
    setError(null);
    if (!navigator.mediaDevices?.getUserMedia) {
      setError(t('onboarding.camera.unavailable'));
      return;
    }
    try {
      setStream(
        await navigator.mediaDevices.getUserMedia({
          video: { facingMode: 'environment', width: { ideal: 2480 }, height: { ideal: 3508 } },
          audio: false,
        }),
      );
    } catch (caught) {
      const name = caught instanceof DOMException ? caught.name : '';
      if (name === 'NotAllowedError' || name === 'SecurityError')
        setError(t('onboarding.camera.denied'));
      else if (['NotFoundError', 'OverconstrainedError', 'NotReadableError'].includes(name))
        setError(t('onboarding.camera.none'));
      else setError(t('onboarding.camera.failed', { reason: String(caught) }));
    }
  };

  const capture = () => {
    const video = videoRef.current;
    if (!video || video.videoWidth === 0) return;
    const canvas = document.createElement('canvas');
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    canvas.getContext('2d')?.drawImage(video, 0, 0);
    canvas.toBlob((blob) => {
      if (blob) onCapture(blob);
    }, 'image/png');
  };

  return (
    <section className="onb-camera card" aria-label={t('onboarding.camera.title')}>
      <h3>{t('onboarding.camera.title')}</h3>
      {error ? (
        <div className="banner banner-warning" role="alert">
          {error}
        </div>
      ) : null}
      {stream ? (
        <video ref={videoRef} aria-label={t('onboarding.camera.video')} muted playsInline />
      ) : null}
      <div className="actions">
        <Button onClick={onClose}>{t('onboarding.camera.close')}</Button>
        {stream ? (
          <Button variant="primary" onClick={capture}>
            {t('onboarding.camera.capture')}
          </Button>
        ) : (
          <Button variant="primary" onClick={() => void start()}>
            {t('onboarding.camera.start')}
          </Button>
        )}
      </div>
    </section>
  );
}
