import { isSiteEnabledIn, type Settings } from '@/lib/settings';

interface SiteRow {
  site: string;
  name: string;
  /** Added by the reader (can be removed), or on the default news list. */
  added: boolean;
}

interface Props {
  rows: readonly SiteRow[];
  settings: Settings;
  label: string;
  onToggle: (site: string, on: boolean) => void;
  onRemove?: (site: string) => void;
}

/** Sites with a switch each; the reader's own sites can also be removed. */
export function SiteList({ rows, settings, label, onToggle, onRemove }: Props) {
  return (
    <ul class="site-list" aria-label={label}>
      {rows.map((r) => {
        const on = isSiteEnabledIn(settings, r.site);
        return (
          <li key={r.site} data-site={r.site}>
            <label class="site-row">
              <input
                type="checkbox"
                checked={on}
                onChange={(e) => onToggle(r.site, e.currentTarget.checked)}
                aria-label={`DealLens on ${r.name === r.site ? r.site : `${r.name} (${r.site})`}`}
              />
              <span class="site-name">{r.name}</span>
              {r.name !== r.site ? <span class="muted"> {r.site}</span> : null}
            </label>
            {r.added && onRemove ? (
              <button
                type="button"
                class="secondary small"
                aria-label={`Remove ${r.site}`}
                onClick={() => onRemove(r.site)}
              >
                Remove
              </button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
