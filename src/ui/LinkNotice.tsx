import { useStory } from '../store/story.ts';

const selectNotices = (state: { notices: readonly string[] }) => state.notices;

/** Says what a link asked for that could not be used; the page opened with everything else. */
export function LinkNotice() {
  const notices = useStory(selectNotices);
  const setNotices = useStory((state) => state.setNotices);
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
      <button type="button" onClick={() => setNotices([])}>
        Dismiss
      </button>
    </div>
  );
}
