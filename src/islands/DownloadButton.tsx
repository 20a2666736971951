import { exportProgress } from '../stores/progress-transfer.ts';

/** Downloads the learner's progress as a dated JSON file; nothing leaves the device. */
export function DownloadButton({ label, disabled = false }: { label: string; disabled?: boolean }) {
  const download = () => {
    const { name, text } = exportProgress();
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <button type="button" onClick={download} disabled={disabled}>
      {label}
    </button>
  );
}
