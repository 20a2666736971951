import { downloadText } from '../lib/download.ts';
import { exportProgress } from '../stores/progress-transfer.ts';

/** Downloads the learner's progress as a dated JSON file; nothing leaves the device. */
export function DownloadButton({ label, disabled = false }: { label: string; disabled?: boolean }) {
  const download = () => {
    const { name, text } = exportProgress();
    downloadText(name, text, 'application/json');
  };
  return (
    <button type="button" onClick={download} disabled={disabled}>
      {label}
    </button>
  );
}
