import type { IScannerControls } from '@zxing/browser';
import { Alert, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CameraProblem, cameraProblem } from './check-in';

interface Props {
  /** Each QR read (the same code read twice in a row within a few seconds is passed once). */
  onScan: (text: string) => void;
  /** The tab was hidden: the page turns the scanner off (its own button does the same). */
  onClose: () => void;
}

/** The same code read again within this time is the same person still in front of the camera. */
const REPEAT_MS = 4000;

/**
 * The phone's back camera decoding QR codes with @zxing/browser, loaded only when someone scans (the library is
 * its own chunk). The camera stops when the scanner closes, when the page is left and when the tab is hidden, so
 * no stream keeps the camera light on. A refused permission or a missing camera is said in words; typing the code
 * stays available above.
 */
export function QrScanner({ onScan, onClose }: Props) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<CameraProblem | null>(null);
  const [starting, setStarting] = useState(true);
  const onScanRef = useRef(onScan);
  onScanRef.current = onScan;
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const env = {
      isSecureContext: window.isSecureContext,
      hasMediaDevices: typeof navigator.mediaDevices?.getUserMedia === 'function',
    };
    if (!env.isSecureContext || !env.hasMediaDevices) {
      setProblem(cameraProblem(null, env));
      setStarting(false);
      return;
    }
    let controls: IScannerControls | null = null;
    let stopped = false;
    let last = { text: '', at: 0 };
    (async () => {
      try {
        const { BrowserQRCodeReader } = await import('@zxing/browser');
        if (stopped || !video.current) return;
        const reader = new BrowserQRCodeReader(undefined, { delayBetweenScanAttempts: 150 });
        const started = await reader.decodeFromVideoDevice(undefined, video.current, (result) => {
          if (!result) return;
          const text = result.getText();
          const now = Date.now();
          if (text === last.text && now - last.at < REPEAT_MS) return;
          last = { text, at: now };
          onScanRef.current(text);
        });
        // Closed while the camera was starting: stop the stream it just opened.
        if (stopped) started.stop();
        else controls = started;
      } catch (error) {
        if (!stopped) setProblem(cameraProblem(error, env));
      } finally {
        if (!stopped) setStarting(false);
      }
    })();
    const onHidden = () => {
      if (document.visibilityState === 'hidden') onCloseRef.current();
    };
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      stopped = true;
      controls?.stop();
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, []);

  return (
    <section
      className="qr-scanner"
      aria-label={t('activities.checkIn.scannerLabel')}
      data-testid="qr-scanner"
    >
      {problem ? (
        <Alert
          type="warning"
          showIcon
          title={t(`activities.checkIn.camera.${problem}`)}
          description={t('activities.checkIn.camera.typeInstead')}
          data-testid="camera-problem"
          data-problem={problem}
        />
      ) : (
        <div className="qr-scanner__frame">
          <video ref={video} className="qr-scanner__video" muted playsInline />
          {starting ? (
            <Spin className="qr-scanner__spin" />
          ) : (
            <div className="qr-scanner__target" aria-hidden />
          )}
          <p className="qr-scanner__hint">{t('activities.checkIn.scanHint')}</p>
        </div>
      )}
    </section>
  );
}
