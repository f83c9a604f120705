interface Props {
  host: string;
  on: boolean;
  disabled?: boolean;
  onChange: (on: boolean) => void;
}

/** The per-site on/off switch: a real checkbox with the switch role, so keyboards and screen readers get it. */
export function SiteSwitch({ host, on, disabled = false, onChange }: Props) {
  return (
    <label class="site-switch">
      <input
        type="checkbox"
        role="switch"
        aria-label={`DealLens on ${host}`}
        checked={on}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span class="switch-track" aria-hidden="true" />
      <span aria-hidden="true">{on ? 'On here' : 'Off here'}</span>
    </label>
  );
}
