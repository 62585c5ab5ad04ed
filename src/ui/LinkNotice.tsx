import { selectNotices } from '../store/selectors.ts';
import { useStore } from '../store/store.ts';

/** Says what a link asked for that could not be used; the page opened with everything else. */
export function LinkNotice() {
  const notices = useStore(selectNotices);
  if (notices.length === 0) return null;
  return (
    <div className="link-notice" role="status">
      <p>
        <strong>Part of this link could not be used.</strong> The page opened with everything else.
      </p>
      <ul>
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
      <button type="button" onClick={() => useStore.getState().dismissNotices()}>
        Dismiss
      </button>
    </div>
  );
}
