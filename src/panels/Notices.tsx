// Short messages from the app (for example, what a shared link carried that could not be used), each dismissable.
import { useT } from '../i18n/useT';
import { useAtlasStore } from '../state/store';

export function Notices() {
  const t = useT();
  const notices = useAtlasStore((state) => state.notices);
  const dismissNotice = useAtlasStore((state) => state.dismissNotice);
  return (
    <div className="notices" role="status">
      {notices.map((notice) => (
        <p key={notice.id} className="notice">
          <span>{notice.message}</span>
          <button type="button" onClick={() => dismissNotice(notice.id)}>
            {t('dismiss')}
          </button>
        </p>
      ))}
    </div>
  );
}
