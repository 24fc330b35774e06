// Small non-blocking notices (e.g. what a link contained that was ignored); text only.
import '../share/share.css';
import { useT } from '../i18n/useT';
import { useAtlasStore } from '../state/store';

export function Notices() {
  const notices = useAtlasStore((state) => state.notices);
  const dismiss = useAtlasStore((state) => state.dismissNotice);
  const t = useT();

  return (
    <div className="notices" role="status" aria-label={t('noticesLabel')}>
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
            {t('dismissNotice')}
          </button>
        </div>
      ))}
    </div>
  );
}
