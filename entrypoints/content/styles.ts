/** Styles DealLens brings into a page: fixed strings, never built from page text. */

/** Marks, badges and card, inside the shadow root: the page's CSS cannot reach them and theirs cannot leak out. */
export const OVERLAY_CSS = `
:host { all: initial; }
.dl-root { position: absolute; left: 0; top: 0; width: 0; height: 0; overflow: visible;
  font: 13px/1.45 system-ui, -apple-system, 'Segoe UI', 'DejaVu Sans', sans-serif; color: #111; }
.dl-marks { position: absolute; left: 0; top: 0; width: 0; height: 0; pointer-events: none; }
.dl-mark { position: absolute; box-sizing: border-box; margin: 0; padding: 0; pointer-events: none; }
.dl-mark::after { content: ''; position: absolute; left: 0; right: 0; bottom: 1px; }
.dl-mark.dl-supported { background: rgba(34, 197, 94, 0.22); }
.dl-mark.dl-supported::after { border-bottom: 2px solid rgb(22, 163, 74); }
.dl-mark.dl-contradicted { background: rgba(239, 68, 68, 0.26); }
.dl-mark.dl-contradicted::after { bottom: 0; height: 3px;
  background: linear-gradient(135deg, transparent 35%, rgb(220, 38, 38) 35% 65%, transparent 65%) 0 0 / 3px 3px repeat-x,
    linear-gradient(45deg, transparent 35%, rgb(220, 38, 38) 35% 65%, transparent 65%) 1.5px 0 / 3px 3px repeat-x; }
.dl-mark.dl-disputed { background: rgba(245, 158, 11, 0.26); }
.dl-mark.dl-disputed::after { border-bottom: 2px dashed rgb(217, 119, 6); }
.dl-mark.dl-unknown::after { border-bottom: 1px dotted rgba(128, 128, 128, 0.9); }
.dl-badge { position: absolute; box-sizing: border-box; width: 17px; height: 17px; margin: 0; padding: 0; border: 0;
  border-radius: 9px; background: transparent; appearance: none; display: flex; align-items: center;
  justify-content: center; cursor: pointer; font: bold 11px/1 system-ui, 'DejaVu Sans', sans-serif; color: #fff; }
.dl-glyph { box-sizing: border-box; width: 17px; height: 17px; display: flex; align-items: center;
  justify-content: center; border-radius: 9px; border: 1px solid rgba(0, 0, 0, 0.55);
  box-shadow: 0 0 0 1.5px rgba(255, 255, 255, 0.9); pointer-events: none; }
.dl-badge.dl-supported > .dl-glyph { background: #15803d; }
.dl-badge.dl-contradicted > .dl-glyph { background: #b91c1c; }
.dl-badge.dl-disputed > .dl-glyph { background: #b45309; }
.dl-badge.dl-unknown > .dl-glyph { background: #f3f4f6; color: #374151; border-color: #6b7280; opacity: 0.8;
  width: 15px; height: 15px; font-size: 10px; }
.dl-badge:hover > .dl-glyph, .dl-badge[aria-expanded="true"] > .dl-glyph { transform: scale(1.15); opacity: 1; }
.dl-badge:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
.dl-card { position: absolute; box-sizing: border-box; width: 360px; height: 420px; overflow: auto;
  padding: 12px 14px; background: #fff; color: #111; border: 1px solid #9ca3af; border-left-width: 5px;
  border-radius: 8px; box-shadow: 0 8px 28px rgba(0, 0, 0, 0.35); text-align: left; white-space: normal; }
.dl-card:focus { outline: 2px solid #2563eb; outline-offset: 1px; }
.dl-card.dl-supported { border-left-color: #15803d; }
.dl-card.dl-contradicted { border-left-color: #b91c1c; }
.dl-card.dl-disputed { border-left-color: #b45309; }
.dl-card.dl-unknown { border-left-color: #6b7280; }
.dl-verdict { font-weight: 700; font-size: 14px; }
.dl-claim { margin: 6px 0; font-style: italic; }
.dl-why { margin: 6px 0 10px; }
.dl-fact h3 { margin: 10px 0 4px; font-size: 13px; }
.dl-value { font-weight: 600; margin-top: 6px; }
.dl-fact ul { margin: 4px 0; padding: 0; list-style: none; }
.dl-quote { margin: 0 0 8px; }
.dl-quote blockquote { margin: 0; padding-left: 8px; border-left: 2px solid #d1d5db; color: #1f2937; }
.dl-cite { color: #4b5563; font-size: 12px; }
.dl-cite .dl-outlet { font-weight: 600; }
.dl-cite cite { font-style: italic; }
.dl-none, .dl-hint { color: #4b5563; font-size: 12px; }
.dl-hint { margin: 10px 0 0; }
.dl-notes-frame { display: block; box-sizing: border-box; width: 100%; margin: 10px 0 0; padding: 0; border: 0;
  border-top: 1px solid #e5e7eb; background: #fff; }
`;
