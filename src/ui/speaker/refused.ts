// What the page says when the browser refuses the speaker's window: loaded only then, so the first script carries
// none of it.

import '../styles/speaker.css';

const NOTICE_ID = 'speaker-refused';

/** Says in the page that the browser refused the window, with a way to make the notice go away. */
export function sayRefused(): void {
  let notice = document.getElementById(NOTICE_ID);
  if (!notice) {
    notice = document.createElement('div');
    notice.id = NOTICE_ID;
    notice.className = 'speaker-refused';
    notice.setAttribute('role', 'status');
    const words = document.createElement('p');
    const dismiss = document.createElement('button');
    dismiss.type = 'button';
    dismiss.textContent = 'Dismiss';
    dismiss.addEventListener('click', () => notice?.remove());
    notice.append(words, dismiss);
    document.body.append(notice);
  }
  notice.firstElementChild!.textContent =
    'The browser did not open the speaker view: allow pop-ups for this page, then press S again.';
}

/** The window opened after all: the notice has nothing more to say. */
export function forgetRefusal(): void {
  document.getElementById(NOTICE_ID)?.remove();
}
