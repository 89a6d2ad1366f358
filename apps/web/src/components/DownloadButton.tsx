import { App, Button, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useErrorText } from './ErrorAlert';

type DownloadButtonProps = Omit<ButtonProps, 'onClick' | 'loading'> & { download: () => Promise<void> };

/**
 * A button that downloads a file (an Excel export, the import template): busy while the download runs; a
 * failure shows as a message, since the page itself stays as it was.
 */
export function DownloadButton({ download, ...props }: DownloadButtonProps) {
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [isBusy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    try {
      await download();
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return <Button {...props} onClick={() => void start()} loading={isBusy} />;
}
