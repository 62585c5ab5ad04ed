import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, a[href]';

/**
 * A modal dialog over the page, the shell the presenter's dialogs share (the list of keys, the QR code, go to a
 * step). The focus moves in as it opens (to the control marked `data-autofocus`, else the first), Tab and Shift+Tab
 * go round its controls without leaving it, and when it closes the focus goes back to what had it before. A click
 * on the backdrop closes it; Esc is the presenter's key handler's (Presenter.tsx), so that it works however the
 * dialog was opened.
 */
export function Dialog({ labelledBy, className, onClose, children }: { labelledBy: string; className?: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement;
    const box = ref.current;
    (box?.querySelector<HTMLElement>('[data-autofocus]') ?? box?.querySelector<HTMLElement>(FOCUSABLE))?.focus();
    return () => {
      if (before instanceof HTMLElement) before.focus();
    };
  }, []);
  const keepFocusInside = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || !ref.current) return;
    const controls = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (controls.length === 0) return;
    event.preventDefault();
    const at = controls.indexOf(document.activeElement as HTMLElement);
    const next = event.shiftKey ? (at <= 0 ? controls.length - 1 : at - 1) : (at + 1) % controls.length;
    controls[next]!.focus();
  };
  return (
    <div className="help-backdrop" onClick={onClose}>
      <div
        ref={ref}
        className={className ? `help-dialog ${className}` : 'help-dialog'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        onClick={(event) => event.stopPropagation()}
        onKeyDown={keepFocusInside}
      >
        {children}
      </div>
    </div>
  );
}
