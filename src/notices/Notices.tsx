// Small non-blocking notices (e.g. what a link contained that was ignored); text only.
import '../share/share.css';
import { shareString } from '../share/strings';
import { useAtlasStore } from '../state/store';

export function Notices() {
  const notices = useAtlasStore((state) => state.notices);
  const dismiss = useAtlasStore((state) => state.dismissNotice);
  const language = useAtlasStore((state) => state.language);

  return (
    <div className="notices" role="status" aria-label={shareString(language, 'notices')}>
      {notices.map((notice) => (
        <div key={notice.id} className="notice">
          <p>{notice.message}</p>
          {notice.action && (
            <button
              type="button"
              onClick={() => {
                dismiss(notice.id);
                notice.action?.run();
              }}
            >
              {notice.action.label}
            </button>
          )}
          <button type="button" onClick={() => dismiss(notice.id)}>
            {shareString(language, 'dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
