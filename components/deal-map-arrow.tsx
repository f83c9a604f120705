/** The arrowhead at the end of each tie's line on the deal map: an SVG marker, referenced by its id. */
export function ArrowMarker({ id }: { id: string }) {
  return (
    <defs>
      <marker
        id={id}
        viewBox="0 0 10 10"
        refX="9"
        refY="5"
        markerWidth="7"
        markerHeight="7"
        orient="auto-start-reverse"
      >
        <path class="viz-arrow" d="M0 0 L10 5 L0 10 z" />
      </marker>
    </defs>
  );
}
