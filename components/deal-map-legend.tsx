/** What the deal map's line styles and colours mean. */
function LegendLine({ dash }: { dash?: string }) {
  return (
    <svg width="28" height="8" aria-hidden="true">
      <line x1="0" y1="4" x2="28" y2="4" stroke-dasharray={dash} />
    </svg>
  );
}

export function MapLegend() {
  return (
    <ul class="viz-legend" aria-label="Legend">
      <li>
        <LegendLine />
        done
      </li>
      <li>
        <LegendLine dash="6 4" />
        in talks
      </li>
      <li>
        <LegendLine dash="2 4" />
        this article only
      </li>
      <li>coloured: the page’s claims</li>
    </ul>
  );
}
