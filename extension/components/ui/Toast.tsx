/** A short notice at the bottom with one action (撤销 / Undo); goes away by itself. */
import { useEffect } from 'preact/hooks';

export interface ToastProps {
  message: string;
  actionLabel?: string;
  onAction?: () => void;
  onClose: () => void;
  /** Milliseconds before it closes itself. */
  timeout?: number;
}

export function Toast({ message, actionLabel, onAction, onClose, timeout = 8_000 }: ToastProps) {
  useEffect(() => {
    const id = setTimeout(onClose, timeout);
    return () => clearTimeout(id);
  }, [message, timeout]);
  return (
    <div class="nb-toast" role="status" aria-live="polite" data-testid="toast">
      <span>{message}</span>
      {actionLabel && onAction && (
        <button type="button" onClick={() => { onAction(); onClose(); }} data-testid="toast-action">{actionLabel}</button>
      )}
    </div>
  );
}
